import type { Channel, IsoDate } from '@parley/domain';
import type { Entity } from '../people/entities';

/** An occasion on which someone spoke, as the narrative or a quotation reports it. */
export interface Occasion {
  entity: Entity;
  paragraph: number;
  at: number;
  /** undefined: the narrative gives no date for it. */
  date: IsoDate | null | undefined;
  channel: Channel | null;
  /** Everyone the narrative shows at the occasion ("the two leaders, at a joint news conference"). */
  scene?: readonly Entity[];
  /** "had said last week": a look back from the story's present, which later questions put to the speaker do not go on with. */
  flashback?: boolean;
}

/** How many paragraphs back a speaker's occasion still carries on. */
export const RECENT_PARAGRAPHS = 2;

/** The occasions met so far in reading order, by speaker. */
export class OccasionMemory {
  private readonly bySpeaker = new Map<Entity, Occasion[]>();
  private readonly inOrder: Occasion[] = [];
  private latestDatedOccasion: Occasion | null = null;
  private readonly latestBodyByCountry = new Map<string | null, Occasion>();

  remember(occasion: Occasion): void {
    this.inOrder.push(occasion);
    const list = this.bySpeaker.get(occasion.entity) ?? [];
    list.push(occasion);
    this.bySpeaker.set(occasion.entity, list);
    if (occasion.date) this.latestDatedOccasion = occasion;
    if (occasion.date && occasion.entity.kind === 'institution' && !occasion.entity.party) this.latestBodyByCountry.set(occasion.entity.country, occasion);
  }

  /**
   * While one of the people of a scene goes on speaking on its day, the scene goes on for
   * the others too: the two leaders' news conference lasts as long as the story quotes
   * either of them from it.
   */
  continueScene(speaker: Entity, paragraph: number, date: IsoDate | null): readonly Entity[] | undefined {
    const occasion = this.recent(speaker, paragraph, 'date');
    if (!occasion?.scene || occasion.date !== date) return undefined;
    for (const entity of occasion.scene) if (entity !== speaker) this.remember({ ...occasion, entity, paragraph });
    return occasion.scene;
  }

  /** The latest occasion with a date told before `at`: what "within hours" and "later that night" count from. */
  latestDated(at: number): Occasion | null {
    if (this.latestDatedOccasion && this.latestDatedOccasion.at < at) return this.latestDatedOccasion;
    for (let index = this.inOrder.length - 1; index >= 0; index -= 1) {
      const occasion = this.inOrder[index] as Occasion;
      if (occasion.date && occasion.at < at) return occasion;
    }
    return null;
  }

  /** The speaker's latest occasion in the last paragraphs that says what is wanted: its date or its channel. */
  recent(speaker: Entity | null, paragraph: number, wanted: 'date' | 'channel', pastFlashbacks = false): Occasion | undefined {
    const occasions = speaker ? (this.bySpeaker.get(speaker) ?? []) : [];
    for (let index = occasions.length - 1; index >= 0; index -= 1) {
      const occasion = occasions[index] as Occasion;
      if (occasion.paragraph < paragraph - RECENT_PARAGRAPHS) return undefined;
      if (pastFlashbacks && occasion.flashback) continue;
      if (wanted === 'date' ? occasion.date !== undefined : occasion.channel !== null) return occasion;
    }
    return undefined;
  }

  /** "told the same news conference": the latest dated occasion of anyone with that channel. */
  latestWithChannel(channel: Channel): Occasion | undefined {
    for (let index = this.inOrder.length - 1; index >= 0; index -= 1) {
      const occasion = this.inOrder[index] as Occasion;
      if (occasion.channel === channel && occasion.date !== undefined) return occasion;
    }
    return undefined;
  }

  /** The channel of the speaker's latest occasion on a day, however far back the article reported it. */
  channelOn(speaker: Entity, date: IsoDate | null): Channel | null {
    const occasions = this.bySpeaker.get(speaker) ?? [];
    return [...occasions].reverse().find((occasion) => occasion.channel !== null && occasion.date === date)?.channel ?? null;
  }

  /** A government body's latest dated occasion in the last paragraphs: another body of its country likely spoke that day. */
  recentBodyOf(country: string | null, paragraph: number): Occasion | undefined {
    const occasion = this.latestBodyByCountry.get(country);
    return occasion && occasion.paragraph >= paragraph - RECENT_PARAGRAPHS ? occasion : undefined;
  }
}
