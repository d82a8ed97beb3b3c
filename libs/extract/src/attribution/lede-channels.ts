import type { Channel, IsoDate } from '@parley/domain';
import type { Entity } from '../people/entities';
import { RECENT_PARAGRAPHS } from './occasion-memory';

/** A statement whose own words name no channel, which a later report of its occasion may still give one. */
interface Uncued {
  speaker: Entity;
  paragraph: number;
  placement: { date: IsoDate | null; channel: Channel };
}

/**
 * Channels that arrive after the words: a wire story's lede quotes first and says where
 * later ("Hollmann said on Wednesday …" … "Speaking to reporters … on Wednesday,
 * Hollmann …"), and "Hollmann made the comments while speaking with reporters" gives
 * the comments just before it their channel.
 */
export class LedeChannels {
  private readonly uncued: Uncued[] = [];

  add(speaker: Entity, paragraph: number, placement: Uncued['placement']): void {
    this.uncued.push({ speaker, paragraph, placement });
  }

  /** An occasion of `speaker` in `paragraph` on `date` that names its channel. */
  reported(speaker: Entity, paragraph: number, date: IsoDate | null | undefined, channel: Channel, refersBack: boolean): void {
    for (const uncued of this.uncued) {
      if (uncued.speaker !== speaker || uncued.placement.channel !== 'unknown' || uncued.paragraph >= paragraph) continue;
      const justBefore = refersBack && uncued.paragraph >= paragraph - RECENT_PARAGRAPHS;
      const lede = uncued.paragraph === 0 && date !== undefined && uncued.placement.date === date;
      if (justBefore || lede) uncued.placement.channel = channel;
    }
  }
}
