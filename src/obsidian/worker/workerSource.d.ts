/** The worker's bundled script, as text (a virtual module made by scripts/obsidianBuild.js). */
declare module 'gradexp-obsidian-worker' {
  const source: string;
  export default source;
}
