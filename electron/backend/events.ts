import type { EventName } from '../../shared/api/events.ts';
import { logger } from '../services/logger.ts';
import type { EventListener } from './types.ts';

const log = logger('events');

/** Fans backend events out to every transport; a failing listener never stops the others. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: EventName, payload: unknown): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        log.error({ event, error }, 'event listener failed');
      }
    }
  }
}
