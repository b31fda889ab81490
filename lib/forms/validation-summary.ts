/**
 * The server's message for a refused form whose fields each carry their own error. Its own
 * module, so the error summary in the browser can leave it out without loading the validator.
 */
export const VALIDATION_SUMMARY = "Formuläret innehåller fel. Rätta fälten som är markerade.";
