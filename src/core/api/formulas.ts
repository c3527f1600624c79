/**
 * The core's formula surface — expensive to load: finding formulas pulls in
 * markdown-it's KaTeX plugin, and evaluating them loads the LaTeX evaluator
 * (the Compute Engine) on first use. The editor loads this module lazily
 * (`./lazy`), the CLI only for `gradexp check` and HTML reports; the scan
 * worker imports it at its start.
 */
export * from '../formula/index';
