import { ArraySchema, Encoder, MapSchema, Schema, type, view } from '@colyseus/schema';

/**
 * Room for a teacher's whole state (every seat's view: some 60 kB at the start, growing with the log). The
 * encoder must never outgrow it: schema 3.0 grows its buffer by encoding again, and a per-device view
 * encoded then comes out cut short (`encodeAllView` returns a slice of the old buffer). Untouched pages
 * of the buffer cost no memory.
 */
Encoder.BUFFER_SIZE = 4 * 1024 * 1024;

/**
 * One seat's view (a `RoundView`) as room state. The log and the draft's versions only grow, so they are
 * lists whose new items alone go over the wire; the rest of the view is one JSON text. Each sits in the
 * `views` map under `@view()`: a device receives a seat's view only when the server has added it to that
 * device's `StateView`, which it does only for a seat the device may watch (`mayView`).
 */
export class SeatView extends Schema {
  @type('string') seat = '';
  @type('uint32') epoch = 0;
  @type('uint32') version = 0;
  /** The view without its log and versions, as JSON (those two keys hold null, to keep their place). */
  @type('string') head = '';
  @type(['string']) log = new ArraySchema<string>();
  @type(['string']) versions = new ArraySchema<string>();
}

/** A device in the room: public, so every device can show who sits where (no seat's private facts). */
export class Device extends Schema {
  @type('string') name = '';
  @type('string') seat = '';
  @type('boolean') connected = true;
}

/** The lesson clock lives in the room: the teacher pauses it, every device shows it. */
export class LessonClock extends Schema {
  @type('uint32') limitMs = 0;
  @type('uint32') usedMs = 0;
  @type('boolean') paused = false;
}

export class ClassroomState extends Schema {
  @type('string') code = '';
  @type('string') round = '';
  @type(LessonClock) clock = new LessonClock();
  @type({ map: Device }) devices = new MapSchema<Device>();
  @view() @type({ map: SeatView }) views = new MapSchema<SeatView>();
}
