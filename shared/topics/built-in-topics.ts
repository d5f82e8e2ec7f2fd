// Well-known topics: their canonical key, the label shown for it, and the spellings that mean the
// same thing. Aliases are written as people type them; they are canonicalised on load, so `Node.js`
// and `node.js` need not both be listed. A canonical key is never itself an alias of another key
// (the topic tests check this), which keeps normalisation idempotent.

export interface BuiltInTopic {
  key: string;
  label: string;
  aliases: readonly string[];
}

export const BUILT_IN_TOPICS: readonly BuiltInTopic[] = [
  { key: 'javascript', label: 'JavaScript', aliases: ['js', 'ecmascript', 'es6', 'vanilla-js'] },
  { key: 'typescript', label: 'TypeScript', aliases: ['ts'] },
  { key: 'python', label: 'Python', aliases: ['py', 'python3'] },
  { key: 'ruby', label: 'Ruby', aliases: ['rb'] },
  { key: 'ruby-on-rails', label: 'Ruby on Rails', aliases: ['rails', 'ror'] },
  { key: 'go', label: 'Go', aliases: ['golang'] },
  { key: 'rust', label: 'Rust', aliases: ['rustlang', 'rust-lang'] },
  { key: 'c++', label: 'C++', aliases: ['cpp', 'cplusplus'] },
  { key: 'c#', label: 'C#', aliases: ['csharp', 'c-sharp'] },
  { key: 'f#', label: 'F#', aliases: ['fsharp'] },
  { key: '.net', label: '.NET', aliases: ['dotnet'] },
  { key: 'kotlin', label: 'Kotlin', aliases: [] },
  { key: 'swift', label: 'Swift', aliases: ['swiftlang'] },
  { key: 'elixir', label: 'Elixir', aliases: [] },
  { key: 'haskell', label: 'Haskell', aliases: [] },
  { key: 'scala', label: 'Scala', aliases: [] },
  { key: 'php', label: 'PHP', aliases: [] },
  { key: 'java', label: 'Java', aliases: [] },
  { key: 'react', label: 'React', aliases: ['react.js', 'reactjs'] },
  { key: 'react-native', label: 'React Native', aliases: ['rn', 'reactnative'] },
  { key: 'vue', label: 'Vue', aliases: ['vue.js', 'vuejs'] },
  { key: 'angular', label: 'Angular', aliases: ['angularjs', 'angular.js'] },
  { key: 'svelte', label: 'Svelte', aliases: ['sveltejs', 'sveltekit'] },
  { key: 'next.js', label: 'Next.js', aliases: ['nextjs'] },
  { key: 'node.js', label: 'Node.js', aliases: ['node', 'nodejs'] },
  { key: 'deno', label: 'Deno', aliases: [] },
  { key: 'postgresql', label: 'PostgreSQL', aliases: ['postgres', 'psql', 'pg'] },
  { key: 'mysql', label: 'MySQL', aliases: ['mariadb'] },
  { key: 'mongodb', label: 'MongoDB', aliases: ['mongo'] },
  { key: 'kubernetes', label: 'Kubernetes', aliases: ['k8s', 'kube'] },
  { key: 'docker', label: 'Docker', aliases: [] },
  { key: 'aws', label: 'AWS', aliases: ['amazon-web-services'] },
  { key: 'google-cloud', label: 'Google Cloud', aliases: ['gcp'] },
  { key: 'azure', label: 'Azure', aliases: ['microsoft-azure'] },
  { key: 'machine-learning', label: 'Machine learning', aliases: ['ml'] },
  { key: 'artificial-intelligence', label: 'AI', aliases: ['ai'] },
  { key: 'large-language-models', label: 'LLMs', aliases: ['llm', 'llms'] },
  { key: 'deep-learning', label: 'Deep learning', aliases: [] },
  { key: 'user-experience', label: 'UX', aliases: ['ux', 'ux-design'] },
  { key: 'user-interface-design', label: 'UI design', aliases: ['ui', 'ui-design'] },
  { key: 'accessibility', label: 'Accessibility', aliases: ['a11y'] },
  {
    key: 'internationalisation',
    label: 'Internationalisation',
    aliases: ['i18n', 'internationalization'],
  },
  { key: 'continuous-integration', label: 'CI/CD', aliases: ['ci', 'ci/cd', 'cicd'] },
  { key: 'devops', label: 'DevOps', aliases: ['dev-ops'] },
  { key: 'site-reliability-engineering', label: 'SRE', aliases: ['sre'] },
  { key: 'webassembly', label: 'WebAssembly', aliases: ['wasm'] },
  { key: 'graphql', label: 'GraphQL', aliases: ['gql'] },
  { key: 'open-source', label: 'Open source', aliases: ['oss', 'foss', 'opensource'] },
  { key: 'product-management', label: 'Product management', aliases: ['product-manager'] },
  { key: 'developer-relations', label: 'Developer relations', aliases: ['devrel'] },
  { key: 'security', label: 'Security', aliases: ['infosec', 'appsec'] },
  { key: 'functional-programming', label: 'Functional programming', aliases: ['fp'] },
  { key: 'quality-assurance', label: 'QA', aliases: ['qa'] },
  { key: 'ios', label: 'iOS', aliases: [] },
  { key: 'android', label: 'Android', aliases: [] },
  { key: 'data-science', label: 'Data science', aliases: [] },
  { key: 'startups', label: 'Startups', aliases: ['startup'] },
];
