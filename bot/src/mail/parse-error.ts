/** Why a raw mail was refused, as a code the HTTP edge can word in the caller's language. */
import { UnparseableMailError } from '../domain/intake/parsed-mail';

export type MailProblemCode = 'tooLarge' | 'headerTooLarge' | 'tooDeep' | 'noHeaders' | 'binaryHeader' | 'timeout' | 'tooComplex' | 'tooManyLines' | 'broken';

/** An UnparseableMailError that also says which rule refused the mail (SMTP uses `reason`, HTTP `code`). */
export class MailParseError extends UnparseableMailError {
  constructor(
    readonly code: MailProblemCode,
    reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = 'MailParseError';
  }
}
