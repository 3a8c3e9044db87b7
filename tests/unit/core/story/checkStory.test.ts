import { describe, expect, it } from 'vitest';
import { checkStory, citedRefs, stepNodeIds } from '../../../../src/core/story/checkStory';
import { parseStoryValue } from '../../../../src/core/story/parseStory';
import type { Story } from '../../../../src/core/story/story';
import { tinyGraph } from '../../fixtures/tinyGraph';

const story = (steps: Story['steps']): Story => ({ format: 'exonet-story', version: 1, title: 't', steps });

describe('core/story', () => {
  describe('parseStoryValue', () => {
    it('should refuse a bad id, bad notes and a frame that is not lists of ids', () => {
      const parsed = parseStoryValue({
        format: 'exonet-story', version: 1, id: 'Not A Slug', title: 't',
        steps: [{ caption: 'c', view: '', notes: 5, frame: { nodes: 'tgfb', extra: [] } }],
      });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.where).sort()).toEqual(['id', 'steps[0].frame.extra', 'steps[0].frame.nodes', 'steps[0].notes']);
    });

    it('should keep id, section, notes and frame, and still read a story without them', () => {
      const parsed = parseStoryValue({
        format: 'exonet-story', version: 1, id: 'fig2', section: 'fig2', title: 'Fig. 2',
        steps: [{ caption: 'c [1]', view: 'sel=node:tgfb', notes: 'say more', frame: { nodes: ['tgfb', 'tgfb'], edges: ['e'] } }, { caption: 'old', view: '' }],
      });
      expect(parsed.ok && parsed.value).toEqual({
        format: 'exonet-story', version: 1, id: 'fig2', section: 'fig2', title: 'Fig. 2',
        steps: [{ caption: 'c [1]', view: 'sel=node:tgfb', notes: 'say more', frame: { nodes: ['tgfb'], edges: ['e'] } }, { caption: 'old', view: '' }],
      });
    });
  });

  describe('citedRefs', () => {
    it('should read lists and en-dash ranges, and ignore brackets without numbers', () => {
      expect(citedRefs('as shown [121, 122] and [154–156]; see [Fig. 2] and [3-4]')).toEqual([3, 4, 121, 122, 154, 155, 156]);
      expect(citedRefs('no citation here')).toEqual([]);
    });
  });

  describe('checkStory', () => {
    it('should report nodes and edges that the graph lacks', () => {
      const problems = checkStory(story([{ caption: 'c', view: 'sel=node:ghost&hood=tgfb~1', frame: { nodes: ['tgfb'], edges: ['no-such-edge'] } }]), tinyGraph());
      expect(problems.map((p) => p.message)).toEqual(['no node "ghost" in this graph', 'no edge "no-such-edge" in this graph']);
    });

    it('should report a framed node that the step filters hide', () => {
      const problems = checkStory(story([{ caption: 'c', view: 'types=protein', frame: { nodes: ['tgfb', 'fibroblast'] } }]), tinyGraph());
      expect(problems.map((p) => p.message)).toEqual(["the step's filters hide fibroblast"]);
    });

    it('should accept a path step whose chosen path passes through the framed nodes', () => {
      const step = { caption: 'c', view: 'from=tgfb&to=caf-activation&k=5&hops=3', frame: { nodes: ['tgfb', 'fibroblast', 'caf-activation'] } };
      expect(checkStory(story([step]), tinyGraph())).toEqual([]);
      expect(stepNodeIds(step).sort()).toEqual(['caf-activation', 'fibroblast', 'tgfb']);
    });

    it('should report a path step whose path does not exist or misses a framed node', () => {
      const missingPath = checkStory(story([{ caption: 'c', view: 'from=caf-activation&to=tgfb&k=5&hops=3' }]), tinyGraph());
      expect(missingPath[0].message).toMatch(/finds 0 path\(s\)/);
      const offPath = checkStory(story([{ caption: 'c', view: 'from=hsp70&to=caf-activation&k=5&hops=3', frame: { nodes: ['hypoxia'] } }]), tinyGraph());
      expect(offPath[0].message).toMatch(/does not pass through hypoxia/);
    });
  });
});
