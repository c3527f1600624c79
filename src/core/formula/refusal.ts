/**
 * The base of the errors the checker throws and catches as control flow: a
 * refused sample point, a notation a reading does not take, a derivative it
 * cannot resolve, a unit it cannot read. They carry no stack trace: they are
 * thrown by the thousand in one check (the matrix reading alone refuses most
 * symbolic sides), only their message is ever read, and capturing the frames
 * cost about 4 % of checking D2L for CannotEvaluate alone.
 */

/** V8's limit on the frames an Error records (absent elsewhere: setting it is then harmless). */
const StackLimited = Error as ErrorConstructor & { stackTraceLimit?: number };

/** An Error that records no stack trace. */
export class Refusal extends Error {
  constructor(message?: string) {
    const limit = StackLimited.stackTraceLimit;
    StackLimited.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      StackLimited.stackTraceLimit = limit;
    }
  }
}
