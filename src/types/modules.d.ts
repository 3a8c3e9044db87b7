// Type declarations for packages that ship none.

declare module 'react-cytoscapejs' {
  import type { Component, CSSProperties } from 'react';
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';

  interface CytoscapeComponentProps {
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    cy?: (cy: Core) => void;
    style?: CSSProperties;
    className?: string;
    id?: string;
    wheelSensitivity?: number;
    minZoom?: number;
    maxZoom?: number;
    boxSelectionEnabled?: boolean;
  }

  export default class CytoscapeComponent extends Component<CytoscapeComponentProps> {}
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}

declare module 'bibtex-parse' {
  /** Entries with their key, type and fields in capitals (AUTHOR, TITLE, YEAR, DOI, ...). */
  export function entries(bibtex: string): Array<{ key: string; type: string } & Record<string, string | number>>;
  const bibtexParse: { entries: typeof entries };
  export default bibtexParse;
}
