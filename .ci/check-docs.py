#!/usr/bin/env python3
"""Checks that README.md and docs/*.md name only things that exist.

- repository paths in backticks or Markdown links (catalog-core/..., docs/..., bin/..., ../shared/...);
- errdex's classes in backticks (CamelCase names must be declared in a .java file of the repository, or be listed
  below as another project's class);
- configuration keys in backticks (errdex.*): written in a source or properties file, or derived from a
  @ConfigMapping interface (prefix + kebab-case method names);
- options of errdex's own commands in code blocks (bin/triage ..., java -jar .../quarkus-run.jar ...): written as a
  string in the sources or scripts.

Usage: python3 .ci/check-docs.py [REPO]   (exit 1 and one line per problem when something is missing)
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
TOP = {'catalog-core', 'search-index', 'triage-engine', 'triage-bot', 'graphql-api', 'deploy', 'docs', 'bin',
       'benchmarks', '.ci', 'README.md', 'pom.xml', 'mvnw'}

# Classes of other projects that the docs name (JDK, Quarkus, Lucene, SmallRye, graphql-java, JUnit, ...).
EXTERNAL = set('''
AlreadyClosedException ArchUnit AssertSubscriber BooleanQuery BM25Similarity ByteBuffersDirectory CachedResponses
CompletionStage ConcurrentHashMap ConfigMapping DataLoader DirectoryReader EnglishAnalyzer ExecutorService
FSDirectory GraphQLApi HashMap IndexReader IndexSearcher IndexWriter IndexWriterConfig InputStream JsonNode
LinkedHashMap MessageDigest MimeMessage MMapDirectory ObjectMapper PanacheEntity PanacheEntityBase
PreparsedDocumentProvider ProcessHandle QuarkusTest QuarkusTransaction RoutingContext SchemaParser SearcherManager
ServerExceptionMapper StandardAnalyzer StandardTokenizer TermQuery TermStates TopDocs WithDefault WithName
EventingService ClassOrderer QuarkusClassOrderer AtomicLong AtomicInteger CountDownLatch ProcessBuilder
HttpClient WebSocket ByteArrayOutputStream PrintStream StringBuilder LocalDate OffsetDateTime ZonedDateTime
BigDecimal BigInteger DateTime JsonObject JsonArray CharSequence NullPointerException IllegalArgumentException
IllegalStateException RuntimeException UncheckedIOException IOException SQLException PSQLException
OutOfMemoryError StackOverflowError TimeoutException InterruptedException ServiceLoader ThreadLocal
ScheduledExecutorService ReentrantLock MessagingException GreenMail GreenMailExtension RestAssured JMH
PostgreSQL MariaDB OpenTelemetry GraphiQL SmallRye Quarkus Lucene Flyway Hibernate Panache Micrometer Prometheus
JavaScript TypeScript GitHub GitLab CodeQL HotSpot OpenJDK MacOS LinkedIn YouTube WireMock ChromeDriver NodeJS
HowTo HowToStep TechArticle BreadcrumbList CollectionPage OpenGraph ReadTimeout SearcherFactory PhraseQuery SpanNearQuery FuzzyQuery
MultiBits StoredFields LeafReader LeafReaderContext PostingsEnum TermsEnum ScoreDoc Similarity BM25
PerFieldAnalyzerWrapper WordDelimiterGraphFilter ASCIIFoldingFilter LowerCaseFilter StopFilter PorterStemFilter
KStemFilter SynonymGraphFilter EdgeNGramTokenFilter ShingleFilter KeywordRepeatFilter RemoveDuplicatesTokenFilter
FrenchAnalyzer SpanishAnalyzer ItalianAnalyzer PortugueseAnalyzer GermanAnalyzer DirectSpellChecker
WordBreakSpellChecker KnnFloatVectorField MimeStreamParser MimeConfig HttpServer QuarkusTestResourceLifecycleManager
EventImpl GraphQL DbException ErrorCode TransactionStore FileChannel MVStore
'''.split())
# Field names of vendors' JSON payloads that look like class names.
EXTERNAL |= set('RawEmail FromFull ToFull CcFull TextBody HtmlBody ContentType MessageID MailboxHash '
                'StrippedTextReply'.split())

problems = []


def files(top, exts):
    for d, dirs, fs in os.walk(os.path.join(ROOT, top)):
        dirs[:] = [x for x in dirs if x not in ('target', 'node_modules', '.git')]
        for f in fs:
            if f.endswith(exts):
                yield os.path.join(d, f)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as fh:
        return fh.read()


modules = ['catalog-core', 'search-index', 'triage-engine', 'triage-bot', 'graphql-api']
java_files = [f for m in modules if os.path.isdir(os.path.join(ROOT, m)) for f in files(m, ('.java',))]
java_text = {f: read(f) for f in java_files}
declared = set()
for text in java_text.values():
    declared.update(re.findall(r'\b(?:class|interface|enum|record|@interface)\s+([A-Z]\w*)', text))
main_text = '\n'.join(t for f, t in java_text.items() if '/src/main/' in f)
props_text = '\n'.join(read(f) for m in modules if os.path.isdir(os.path.join(ROOT, m))
                       for f in files(m, ('.properties',)) if '/src/main/' in f)
script_text = '\n'.join(read(f) for top in ('bin', '.ci', 'benchmarks', 'deploy') if os.path.isdir(os.path.join(ROOT, top))
                        for f in files(top, ('', )) if os.path.isfile(f) and os.path.getsize(f) < 1_000_000)


def kebab(name):
    return re.sub(r'(?<!^)([A-Z])', lambda m: '-' + m.group(1).lower(), name)


# keys derivable from @ConfigMapping interfaces: prefix plus any chain of (kebab) method names of that file
mappings = []
for f, text in java_text.items():
    m = re.search(r'@ConfigMapping\(prefix\s*=\s*"([^"]+)"\)', text)
    if m and '/src/main/' in f:
        names = {kebab(x) for x in re.findall(r'^\s+(?:[\w<>?,\s\[\]]+)\s+(\w+)\(\)\s*;', text, re.M)}
        names |= {x for x in re.findall(r'@WithName\("([^"]+)"\)', text)}
        mappings.append((m.group(1), names))


def key_known(key):
    if key in main_text or key in props_text or key in script_text:
        return True
    for prefix, names in mappings:
        if key == prefix:
            return True
        if key.startswith(prefix + '.'):
            rest = key[len(prefix) + 1:].split('.')
            if all(part in names for part in rest):
                return True
    return False


def git_ignored(path):
    """A path git ignores is made by one of the project's scripts (e.g. .ci/node/ by install-lighthouse.sh)."""
    import subprocess
    return subprocess.run(['git', '-C', ROOT, 'check-ignore', '-q', path]).returncode == 0


docs = [os.path.join(ROOT, 'README.md')] + sorted(
    os.path.join(ROOT, 'docs', f) for f in os.listdir(os.path.join(ROOT, 'docs')) if f.endswith('.md'))
docs += [os.path.join(ROOT, 'deploy', 'README.md')] if os.path.exists(os.path.join(ROOT, 'deploy', 'README.md')) else []
shared = os.path.join(ROOT, '..', 'shared')

for doc in docs:
    rel_doc = os.path.relpath(doc, ROOT)
    text = read(doc)
    lines = text.split('\n')
    in_code = False
    for no, line in enumerate(lines, 1):
        if line.lstrip().startswith('```'):
            in_code = not in_code
            continue
        where = f'{rel_doc}:{no}'
        spans = re.findall(r'`([^`\n]+)`', line) if not in_code else []
        # paths
        candidates = list(spans) + re.findall(r'\]\(([^)#\s]+)', line)
        if in_code:
            candidates += re.findall(r'(?:^|\s)((?:\.\./shared|catalog-core|search-index|triage-engine|triage-bot|'
                                     r'graphql-api|deploy|docs|bin|benchmarks|\.ci)/[\w./-]*)', line)
        for c in candidates:
            c = c.strip()
            if re.search(r'[\s*<>{}$|]', c) or c.startswith(('http', '/', 'mailto:')):
                continue
            if c.startswith('../shared/'):
                if os.path.isdir(shared) and not os.path.exists(os.path.join(ROOT, c)):
                    problems.append(f'{where}: {c} does not exist')
                continue
            first = c.split('/')[0]
            if '/target/' in c or c.startswith('target/'):
                continue  # build output, made by the command the doc shows
            if first in TOP or c.endswith('.md'):
                base = ROOT if first in TOP else os.path.dirname(doc)
                path = os.path.normpath(os.path.join(base, c.split('#')[0]))
                if not os.path.exists(path) and not git_ignored(path + ('/' if c.endswith('/') else '')):
                    problems.append(f'{where}: {c} does not exist')
        # classes
        for s in spans:
            m = re.fullmatch(r'([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)(?:[.#]\w+(?:\(.*\))?)?', s)
            if m and m.group(1) not in declared and m.group(1) not in EXTERNAL:
                problems.append(f'{where}: class {m.group(1)} is declared nowhere in the repository')
        # qualified names of errdex's packages and classes
        for s in spans:
            for q in re.findall(r'\bdev\.errdex(?:\.\w+)+', s):
                parts = q.split('.')
                cls = next((i for i, x in enumerate(parts) if x[:1].isupper()), None)
                rel = '/'.join(parts[:cls + 1]) + '.java' if cls is not None else '/'.join(parts)
                if not any(os.path.exists(os.path.join(ROOT, m, sub, 'java', rel))
                           for m in modules for sub in ('src/main', 'src/test')):
                    problems.append(f'{where}: {q} does not exist')
        # keys
        for s in spans:
            for key in re.findall(r'(?<![\w./])errdex\.[a-z][a-z0-9.-]*[a-z0-9]', s):
                if key.endswith(('.css', '.js', '.json', '.yaml', '.md')):
                    continue
                if not key_known(key):
                    problems.append(f'{where}: configuration key {key} is defined nowhere')
        # options of errdex's own commands
        if in_code and re.search(r'(^|\s)(bin/triage|quarkus-run\.jar)\b', line):
            for opt in re.findall(r'(?<![\w-])(--[a-z][a-z0-9-]*)', line.split('#')[0]):
                if f'"{opt}' not in main_text and opt not in script_text:
                    problems.append(f'{where}: option {opt} is not an option of errdex\'s commands')

for p in problems:
    print(p)
print(f'check-docs: {len(docs)} files, {len(problems)} problems')
sys.exit(1 if problems else 0)
