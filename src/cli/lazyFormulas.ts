/** The formula half of the CLI (formulaCommands.ts), loaded on first use. */
export function loadFormulaCommands(): Promise<typeof import('./formulaCommands')> {
  // esbuild.js maps this import to the separate bundle dist/cli-formulas.js.
  return import('./formulaCommands');
}
