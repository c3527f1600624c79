/**
 * The module graph's rules (docs/architecture.md), checked on the sources:
 * adapters reach the core only through its public surface (src/core/api),
 * the core imports nothing outside itself, the cheap surface does not
 * load the expensive parts of the core, and in the extension the note model
 * and the services below it never import the features that are views of it;
 * what the hosts share (src/shared) belongs to no host.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';

const root = path.resolve(__dirname, '..', '..');
const src = path.join(root, 'src');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Import {
  readonly from: string;
  /** The specifier as written (`./x`, `vscode`, `node:fs`). */
  readonly spec: string;
  /** A relative import's file, without extension (resolved against the importer); '' for a package or built-in. */
  readonly to: string;
  /** Erased at build: `import type`, or only type names. */
  readonly typeOnly: boolean;
}

/** Every import of a file (static, `export … from`, `import()`, `import('…')` types, `require`). */
function allImportsOf(file: string): Import[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    out.push({ from: file, spec, to: spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : '', typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier.text, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The relative imports of a file: the module graph of our own sources. */
const importsOf = (file: string): Import[] => allImportsOf(file).filter((i) => i.to !== '');

const rel = (p: string) => path.relative(src, p).split(path.sep).join('/');
const inside = (p: string, folder: string) => rel(p) === folder || rel(p).startsWith(`${folder}/`);

describe('module boundaries', () => {
  it('adapters (extension, CLI, threads, shared, webview, obsidian) import the core only through src/core/api', () => {
    const deep = ['extension', 'cli', 'threads', 'shared', 'webview', 'obsidian']
      .flatMap((area) => walk(path.join(src, area)))
      .flatMap(importsOf)
      .filter((i) => inside(i.to, 'core') && !inside(i.to, 'core/api'))
      .map((i) => `${rel(i.from)} -> ${rel(i.to)}`);
    expect(deep).toEqual([]);
  });

  it('the core imports nothing outside src/core', () => {
    const out = walk(path.join(src, 'core'))
      .flatMap(importsOf)
      .filter((i) => !inside(i.to, 'core'))
      .map((i) => `${rel(i.from)} -> ${rel(i.to)}`);
    expect(out).toEqual([]);
  });

  it('the cheap surface (api/notes, api/views) loads neither the formula module nor the numeric engine', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const i of importsOf(file)) if (!i.typeOnly) visit(fs.existsSync(`${i.to}.ts`) ? `${i.to}.ts` : path.join(i.to, 'index.ts'));
    };
    visit(path.join(src, 'core/api/notes.ts'));
    visit(path.join(src, 'core/api/views.ts'));
    const expensive = [...reached].map(rel).filter((f) => f.startsWith('core/formula/') || f === 'core/pipeline.ts' || f === 'core/numeric/run.ts' || f.startsWith('core/api/formulas') || f.startsWith('core/api/experiments'));
    expect(expensive).toEqual([]);
  });

  it('extension: the note model and services import no feature; features import no other feature', () => {
    /** The composition root (activate.ts), what a host gives it (host.ts), and the two entries that build a host: the desktop's main.ts, the web's folder (its extension and its workers). */
    const ROOTS = ['activate.ts', 'host.ts', 'main.ts', 'web'];
    /** The views of the note model (and the commands and composition roots on top of them). */
    const features = ['lens', 'hover', 'diagnostics', 'completions', 'panel', 'preview', 'autoRun', 'statusBar', 'commands.ts', ...ROOTS];
    const featureOf = (file: string): string | undefined => {
      const [area, name] = rel(file).split('/');
      return area === 'extension' ? features.find((f) => f === name) : undefined;
    };
    const wrong = walk(path.join(src, 'extension'))
      .flatMap(importsOf)
      .filter((i) => {
        const from = featureOf(i.from);
        const to = featureOf(`${i.to}.ts`);
        if (to === undefined || from === to) return false;
        if (from === undefined) return true; // the model or a service importing a feature
        // Only the composition roots, and the commands (which show the panel), reach into other features.
        return !(ROOTS.includes(from) || (from === 'commands.ts' && to === 'panel'));
      })
      .map((i) => `${rel(i.from)} -> ${rel(i.to)}`);
    expect(wrong).toEqual([]);
  });

  it('the Obsidian plugin and src/shared import nothing from src/extension', () => {
    const wrong = ['obsidian', 'shared']
      .flatMap((area) => walk(path.join(src, area)))
      .flatMap(importsOf)
      .filter((i) => inside(i.to, 'extension'))
      .map((i) => `${rel(i.from)} -> ${rel(i.to)}`);
    expect(wrong).toEqual([]);
  });

  it('src/shared imports only itself and the core surface: no host (vscode, obsidian), no Node, no webview, no package', () => {
    const wrong = walk(path.join(src, 'shared'))
      .flatMap(allImportsOf)
      .filter((i) => i.to === '' || !(inside(i.to, 'shared') || inside(i.to, 'core/api')))
      .map((i) => `${rel(i.from)} -> ${i.to === '' ? i.spec : rel(i.to)}`);
    expect(wrong).toEqual([]);
  });

  it('src/shared compiles without the DOM, Node or vscode types (its tsconfig.json: lib ES2022, types [])', () => {
    const configFile = path.join(src, 'shared', 'tsconfig.json');
    const { config } = ts.readConfigFile(configFile, (f) => fs.readFileSync(f, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
    expect(parsed.options.lib).toEqual(['lib.es2022.d.ts']);
    expect(parsed.options.types).toEqual([]);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${rel(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
    expect(problems).toEqual([]);
  }, scaled(120_000));
});
