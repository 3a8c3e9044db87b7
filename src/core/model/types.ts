// The data model of an ExoNet graph: the one set of types that the core, the store,
// the canvas adapter, the components and the CLI all import.

export const NODE_TYPES = [
  'protein',
  'molecule',
  'cell',
  'pathway',
  'process',
  'hallmark',
  'condition',
  'structure',
  'disease',
  'therapy',
  'trial',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** +1 the source raises the target, -1 it lowers it, 0 a non-causal link. */
export type Sign = 1 | -1 | 0;

export interface EvidenceContext {
  /** Cancer types, lowercase ("breast cancer", "melanoma"). */
  cancer?: string[];
  /** Cell types or states the statement is about ("fibroblast", "M2 macrophage"). */
  cells?: string[];
  /** Named cell lines ("MDA-MB-231"). */
  cellLines?: string[];
  /** Conditions under which it holds ("hypoxia", "acidic pH"). */
  conditions?: string[];
  /** Organism or model, when the text names one ("mouse"). */
  model?: string[];
}

export interface Evidence {
  /** The review's reference numbers for this statement (1..source.referenceCount); empty only when uncited. */
  refs: number[];
  /** Slug of the review section that makes the statement. */
  section: string;
  /** The statement in our own words. */
  claim: string;
  context?: EvidenceContext;
  /** "hedged" where the review hedges the statement; absent where it states it plainly. */
  certainty?: 'hedged';
  /** The hedging word(s) the review uses ("may", "is thought"); with certainty "hedged". */
  hedge?: string;
}

export interface NodeXrefs {
  hgnc?: string;
  uniprot?: string;
  chebi?: string;
  nct?: string;
}

export interface GraphNode {
  id: string;
  label: string;
  type: NodeType;
  aliases?: string[];
  description?: string;
  /** Found as exosome cargo according to the review. */
  exosomal?: boolean;
  xrefs?: NodeXrefs;
  /** Hallmark nodes: true for one of Hanahan and Weinberg's hallmarks of cancer, false for
   * a process that the review itself calls a hallmark. */
  canonical?: boolean;
  evidence?: Evidence[];
  /** Free attributes for some types: a trial's status, a disease's organ, ... */
  attributes?: Record<string, string | number | boolean | string[]>;
}

/** Extra data on a biomarker edge (Table 2). */
export interface BiomarkerData {
  fluid?: string;
  sensitivity?: string;
  specificity?: string;
  auc?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relation: string;
  sign: Sign;
  evidence: Evidence[];
  biomarker?: BiomarkerData;
}

/** One entry of the review's reference list, as attached from a pasted list or a file. */
export interface ReferenceEntry {
  /** Its number in the review's reference list. */
  n: number;
  /** The full entry as text. */
  text: string;
  doi?: string;
  year?: number;
  /** Family names, first author first ("Iraci", "Leonardi"). */
  authors?: string[];
}

/** A section of the source text, in reading order. */
export interface SourceSection {
  /** What evidence items name in `section` ("introduction", "cancer-progression"). */
  slug: string;
  title: string;
  /** [first, last] line spans (1-based, inclusive) of the source text; several where the
   * section resumes after a figure or a table. */
  lines?: Array<[number, number]>;
}

export interface SourceInfo {
  title: string;
  authors: string[];
  journal?: string;
  year?: number;
  doi?: string;
  /** The sections evidence items may name; any section when absent. */
  sections?: SourceSection[];
  /** How many entries the reference list has; any positive number may be cited when absent. */
  referenceCount?: number;
}

/** The compiled graph: the app's model, our JSON export and the CLI's `export --format json`. */
export interface ExonetGraph {
  format: 'exonet-graph';
  version: 1;
  source: SourceInfo;
  nodes: GraphNode[];
  edges: GraphEdge[];
  references?: ReferenceEntry[];
  /** Precomputed node positions, by node id. */
  positions?: Record<string, { x: number; y: number }>;
}

/** One problem found in data, with where it is ("edges[12].evidence[0].refs"). */
export interface Problem {
  where: string;
  message: string;
}

/** A value or the list of problems that prevented it. `notes` say how an accepted input
 * was read where it differs from what it says (an old file's sign read anew). */
export type Result<T> = { ok: true; value: T; notes?: string[] } | { ok: false; problems: Problem[] };
