/**
 * The one error type the pipeline throws for bad input. Its message is the single line a person
 * reads: `data/claims.csv:14: quote not found in seeds/001_….txt`.
 */
export class DataError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? "" : `:${line}`}: ${message}`);
    this.name = "DataError";
    this.file = file;
    this.line = line;
  }
}
