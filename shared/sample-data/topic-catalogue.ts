// The few hundred topics sample people are interested in, offer or ask for, most popular first:
// the generator draws them with a Zipf-like skew, so JavaScript is everywhere and Prolog is rare,
// as in a real community. Labels are what a user would type; keys come from normaliseTopicKey.
import { normaliseTopicKey } from '../topics/normalise-topic-key';

const TOPIC_LABELS = (
  'JavaScript, TypeScript, Python, React, Machine learning, Go, Rust, Kubernetes, AWS, ' +
  'Node.js, Startups, Open source, Docker, PostgreSQL, UX, LLMs, Ruby, Ruby on Rails, ' +
  'Product management, Data science, Security, Accessibility, DevOps, Java, Kotlin, Swift, ' +
  'iOS, Android, Vue, Next.js, GraphQL, Elixir, Functional programming, Developer relations, ' +
  'Hiring, Career advice, Mentoring, Public speaking, Technical writing, Design systems, ' +
  'Frontend performance, Web performance, WebAssembly, Deno, Svelte, Angular, C++, C#, .NET, ' +
  'Scala, Haskell, PHP, Laravel, Django, FastAPI, Flask, Spring Boot, MySQL, MongoDB, Redis, ' +
  'Elasticsearch, Kafka, Terraform, Google Cloud, Azure, CI/CD, SRE, Observability, ' +
  'OpenTelemetry, Prometheus, Grafana, Linux, Networking, Distributed systems, Databases, ' +
  'Compilers, Programming languages, Type systems, Testing, QA, Test automation, Playwright, ' +
  'Cypress, Storybook, CSS, Tailwind CSS, HTML, Web components, Browser internals, ' +
  'Internationalisation, Localization, Japanese language, English language, Remote work, ' +
  'Engineering management, Leadership, Team building, Agile, Scrum, Kanban, ' +
  'Fundraising, Venture capital, Angel investing, Bootstrapping, SaaS, B2B sales, Marketing, ' +
  'Growth, SEO, Content marketing, Community building, Event organizing, Volunteering, ' +
  'Diversity and inclusion, Women in tech, Education, Bootcamps, Computer science education, ' +
  'Deep learning, Computer vision, Natural language processing, Reinforcement learning, MLOps, ' +
  'Data engineering, Data visualization, Analytics, Statistics, Spark, dbt, Airflow, Snowflake, ' +
  'BigQuery, Jupyter, PyTorch, TensorFlow, Hugging Face, Prompt engineering, AI safety, ' +
  'Robotics, Embedded systems, IoT, Hardware, FPGA, Arduino, Raspberry Pi, 3D printing, ' +
  'Game development, Unity, Unreal Engine, Godot, Game design, Pixel art, Music tech, ' +
  'Audio programming, Creative coding, Generative art, Blockchain, Ethereum, Cryptography, ' +
  'Privacy, Zero trust, Penetration testing, Threat modeling, Identity and access, OAuth, ' +
  'Fintech, Payments, Banking, Insurance tech, Healthtech, Biotech, Climate tech, Energy, ' +
  'Mobility, Logistics, E-commerce, Retail tech, Edtech, Legal tech, Govtech, Civic tech, ' +
  'Nonprofits, Social impact, Sustainability, Green software, Developer experience, ' +
  'Developer tools, IDEs, Vim, Emacs, Git, Monorepos, Build systems, Bazel, Package managers, ' +
  'API design, REST, gRPC, Microservices, Event sourcing, Domain-driven design, ' +
  'Software architecture, Clean code, Refactoring, Legacy code, Code review, Pair programming, ' +
  'Mob programming, TDD, Technical debt, Incident management, Postmortems, Chaos engineering, ' +
  'Performance tuning, Caching, CDN, Edge computing, Serverless, Cloudflare Workers, ' +
  'Local-first software, CRDTs, Offline-first, Sync engines, SQLite, IndexedDB, Electron, ' +
  'Tauri, Flutter, React Native, Expo, SwiftUI, Jetpack Compose, Mobile UX, Wearables, ' +
  'AR/VR, Spatial computing, Product design, Design research, Service design, Figma, ' +
  'Typography, Illustration, Photography, Video production, Podcasting, Writing, Blogging, ' +
  'Newsletters, Books, Coffee, Running, Cycling, Climbing, Hiking, Yoga, Cooking, Ramen, ' +
  'Sake, Craft beer, Board games, Anime, Manga, Travel, Language exchange, Relocation to Japan, ' +
  'Relocation to Europe, Visa advice, Freelancing, Consulting, Job search, Interview practice, ' +
  'Salary negotiation, Side projects, Indie hacking, Personal finance, Parenting, Mental health, ' +
  'Burnout, Productivity, Note-taking, Zettelkasten, Emacs Org mode, Erlang, OCaml, F#, ' +
  'Clojure, Lisp, Prolog, Zig, Nim, Crystal, Julia, R, MATLAB, Fortran, COBOL, Perl, Lua, ' +
  'Dart, Objective-C, Assembly, Operating systems, Kernel development, eBPF, WebGPU, WebRTC, ' +
  'Web3, Quantum computing, HPC, Bioinformatics, Scientific computing, Open data, Maps, GIS, ' +
  '機械学習, アクセシビリティ, 地方創生, 技術同人誌, 勉強会運営, 日本酒, 将棋, 登山'
).split(', ');

export interface CatalogueTopic {
  key: string;
  label: string;
}

function buildCatalogue(labels: readonly string[]): CatalogueTopic[] {
  const byKey = new Map<string, CatalogueTopic>();
  for (const label of labels) {
    const key = normaliseTopicKey(label);
    if (!byKey.has(key)) byKey.set(key, { key, label });
  }
  return [...byKey.values()];
}

/** Distinct topics, most popular first. */
export const TOPIC_CATALOGUE: readonly CatalogueTopic[] = buildCatalogue(TOPIC_LABELS);

/** Catalogue topics by key. */
export const CATALOGUE_BY_KEY: ReadonlyMap<string, CatalogueTopic> = new Map(
  TOPIC_CATALOGUE.map((topic) => [topic.key, topic]),
);
