/**
 * The video adapter: a conference's join link from a URL pattern (a Jitsi Meet room by default,
 * CONFERENCE_LINK_PATTERN). The room name carries a random part so that it cannot be guessed
 * from the conference number. No pattern: no link (the host may type one).
 */
import { randomBytes } from 'node:crypto';

export function roomName(conferenceId: number): string {
  return `EpiCenter-${conferenceId}-${randomBytes(9).toString('base64url')}`;
}

export function videoLink(pattern: string | null, conference: { id: number }): string | null {
  if (!pattern) return null;
  return pattern.replaceAll('{room}', encodeURIComponent(roomName(conference.id)));
}
