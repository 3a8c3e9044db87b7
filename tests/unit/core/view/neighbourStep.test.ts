import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../../src/core/filter/applyFilters';
import { mostConnected, neighbourInDirection, shownDegree, shownNeighbours } from '../../../../src/core/view/neighbourStep';
import { tinyGraph } from '../../fixtures/tinyGraph';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('core/view/neighbourStep', () => {
  describe('neighbourInDirection', () => {
    it('should give null without candidates', () => {
      expect(neighbourInDirection({ x: 0, y: 0 }, [], 'up')).toBeNull();
    });

    it('should pick the nearest candidate ahead in the arrow’s direction on screen (y grows downwards)', () => {
      const around = [at('east', 100, 5), at('west', -80, 0), at('north', 0, -60), at('south', 10, 90), at('far-east', 300, 0)];
      expect(neighbourInDirection({ x: 0, y: 0 }, around, 'right')).toBe('east');
      expect(neighbourInDirection({ x: 0, y: 0 }, around, 'left')).toBe('west');
      expect(neighbourInDirection({ x: 0, y: 0 }, around, 'up')).toBe('north');
      expect(neighbourInDirection({ x: 0, y: 0 }, around, 'down')).toBe('south');
    });

    it('should weigh sideways distance more than distance ahead', () => {
      // Nearer, but well off to the side, loses to one straight ahead.
      expect(neighbourInDirection({ x: 0, y: 0 }, [at('aside', 30, 60), at('ahead', 110, 0)], 'right')).toBe('ahead');
    });

    it('should go on to the next candidate after the node last left when none lies ahead', () => {
      const behind = [at('a', -10, 0), at('b', -20, 5), at('c', -5, 40)];
      expect(neighbourInDirection({ x: 0, y: 0 }, behind, 'right')).toBe('a');
      expect(neighbourInDirection({ x: 0, y: 0 }, behind, 'right', 'a')).toBe('b');
      expect(neighbourInDirection({ x: 0, y: 0 }, behind, 'right', 'c')).toBe('a');
      expect(neighbourInDirection({ x: 0, y: 0 }, behind, 'right', 'not-a-candidate')).toBe('a');
    });
  });

  describe('shownNeighbours, shownDegree and mostConnected', () => {
    it('should walk only shown edges, both ways, to shown nodes', () => {
      const g = tinyGraph();
      const all = applyFilters(g, {});
      expect(shownNeighbours(g, all, 'hsp70')).toEqual(['tgfb', 'hsp90']);
      expect(shownNeighbours(g, all, 'hypoxia')).toEqual([]);
      const inhibitions = applyFilters(g, { signs: [-1] });
      expect(shownNeighbours(g, inhibitions, 'hsp70')).toEqual(['tgfb']);
      expect(shownDegree(g, inhibitions, 'hsp70')).toBe(1);
      expect(shownDegree(g, all, 'tgfb')).toBe(2);
      // An edge whose other end is not shown leads nowhere.
      expect(shownNeighbours(g, { nodes: new Set(['hsp70']), edges: new Set(['hsp70--inhibits--tgfb']) }, 'hsp70')).toEqual([]);
    });

    it('should start from the most connected shown node, or none when nothing is shown', () => {
      const g = tinyGraph();
      expect(mostConnected(g, { nodes: new Set(), edges: new Set() })).toBeNull();
      // tgfb, fibroblast and hsp70 have two edges each: the first in node order wins.
      expect(mostConnected(g, applyFilters(g, {}))).toBe('tgfb');
      expect(mostConnected(g, applyFilters(g, { signs: [0] }))).toBe('hsp70');
      expect(mostConnected(g, { nodes: new Set(['hypoxia']), edges: new Set() })).toBe('hypoxia');
    });
  });
});
