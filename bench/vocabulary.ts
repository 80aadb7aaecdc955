// Word lists for the generated benchmark corpora, written for the bench: the cloud-native words
// conference talks use, everyday English, people, organisations and tracks. A Zipf-distributed
// tail of made-up project names gives large corpora the long vocabulary real ones have.

/** Technical terms of the field; each talk is about two or three of them. */
export const topics = (
  'kubernetes autoscaling observability prometheus grafana opentelemetry tracing logging metrics alerting ' +
  'istio linkerd envoy cilium ebpf networking ingress gateway dns loadbalancing gitops argo flux helm kustomize ' +
  'operator controller crd webhook etcd scheduler kubelet containerd cri runtime wasm webassembly serverless knative ' +
  'keda karpenter backstage portal platform engineering developer experience finops cost storage csi rook ceph ' +
  'database postgres vitess cockroachdb redis kafka streaming jaeger fluentd loki chaos litmus reliability slo ' +
  'incident postmortem recovery backup velero upgrade migration multicloud hybrid federation crossplane terraform ' +
  'pulumi tekton jenkins pipelines buildpacks registry harbor supply chain sigstore cosign sbom provenance policy ' +
  'opa gatekeeper kyverno admission rbac secrets vault certificates tls identity spiffe spire zero trust ' +
  'multitenancy namespaces quotas edge iot telco 5g satellites hpc batch volcano kubeflow mlops gpu inference ' +
  'training scheduling sustainability carbon energy efficiency accessibility documentation community governance ' +
  'maintainers contributors mentoring onboarding diversity security vulnerabilities scanning falco runtime ' +
  'sandboxing gvisor kata firecracker virtualization kubevirt stateful statefulsets daemonsets deployments ' +
  'rollouts canary bluegreen progressive delivery flagger feature flags testing conformance benchmarks'
).split(' ');

/** Everyday words of talk abstracts. */
export const commonWords = (
  'team teams production service services traffic latency deploy release rollout failure lesson lessons customer ' +
  'customers user users data request requests cluster clusters node nodes pod pods container containers cloud ' +
  'clouds application applications workload workloads scale scaling performance problem problems solution ' +
  'solutions approach design patterns practice practices journey story stories experience experiences tool tools ' +
  'project projects open source community company organisation engineers developers operators architecture ' +
  'system systems change changes build building run running manage managing automate automation simple complex ' +
  'fast faster slow reliable secure safe cheaper easier harder better best new modern legacy large small global ' +
  'regional thousands millions hundreds years months weeks days hours minutes seconds first second last next ' +
  'learn learned share shared show shows explain explains walk through deep dive introduction overview guide ' +
  'practical hands demo live real world lessons mistakes wins trade offs challenges benefits costs risks ' +
  'migrate moved adopting adopted replacing replaced choosing chose compare compared measuring measured ' +
  'monitor monitoring debug debugging troubleshoot troubleshooting configure configuration manifests api apis ' +
  'interface interfaces plugin plugins extension extensions integration integrations ecosystem standard ' +
  'standards specification upstream downstream fork maintain maintained version versions support supported ' +
  'end state future roadmap today tomorrow yesterday together across between within without beyond around ' +
  'every each many most more less few several some other another same different important critical ' +
  'everyone anyone nobody people person audience attendees speaker speakers talk talks session sessions ' +
  'question questions answer answers idea ideas goal goals plan plans result results outcome outcomes'
).split(' ');

/** Function words: most of any English text, and stop words to the index. */
export const functionWords = (
  'the the the the a a a an and and and of of of to to to in in in is is it that for on with as we our you ' +
  'this be are was at by from how what why when which can will not but or their they have has about into'
).split(' ');

/** First names of speakers. */
export const firstNames = (
  'Natalie Rick Dave Niko Rafael Fabrizio Wojciech Alex Heather Priya Chen Maria Jose Ana Luca Sofia Omar Fatima ' +
  'Kenji Yuki Ingrid Lars Anja Pierre Camille Giulia Mateo Lucia Aisha Tunde Grace Emeka Olga Ivan Petra Tomas ' +
  'Hannah Jonas Elif Mehmet Sara David Ruth Noah Leah Amir Dana Kofi Ama Arjun Meera Ravi Sunita Wei Li Mei Jun ' +
  'Hiro Sakura Minh Linh Carlos Elena Pablo Marta Diego Valentina Sean Aoife Ciaran Niamh Ewan Isla Finn Freya ' +
  'Mateusz Zofia Jakub Alicja Bram Femke Sven Astrid Nils Karin Joao Beatriz Tiago Ines Nikos Eleni Dimitri Zoe'
).split(' ');

/** Last names of speakers. */
export const lastNames = (
  'Serrino Spencer Zolotusky Smeds Lopez Pandini Kocjan Williams Joslyn Patel Wang Garcia Rossi Muller Schmidt ' +
  'Dubois Martin Bernard Moreau Laurent Bianchi Romano Colombo Ricci Silva Santos Oliveira Pereira Costa Tanaka ' +
  'Suzuki Takahashi Watanabe Kim Lee Park Choi Nguyen Tran Pham Novak Horvat Kowalski Nowak Wisniewski Jansen ' +
  'DeVries Bakker Visser Smit Hansen Johansen Larsen Andersen Nielsen Berg Lindqvist Svensson Karlsson Nilsson ' +
  'Okafor Adeyemi Mensah Boateng Kariuki Otieno Haddad Nasser Khalil Cohen Levi Friedman Murphy Kelly Byrne ' +
  'Walsh Ryan Campbell Stewart Robertson Thomson Reid Kaya Demir Yilmaz Sahin Ivanova Petrov Sokolov Popescu'
).split(' ');

/** Organisations speakers come from. */
export const organisations = (
  'New Relic|InfluxData|Spotify|SUSE|VMware|Grafana Labs|Red Hat|Google|Microsoft|Amazon Web Services|IBM|Cisco|' +
  'Isovalent|Solo.io|Buoyant|Weaveworks|Codefresh|Intuit|Adobe|Apple|Netflix|Shopify|Zalando|Mercedes-Benz|' +
  'CERN|Huawei|Alibaba|Tencent|Bloomberg|Capital One|Datadog|Elastic|HashiCorp|GitLab|GitHub|Docker|Mirantis|' +
  'Canonical|Rancher|Upbound|Kubermatic|Giant Swarm|Container Solutions|Form3|Monzo|Skyscanner|Booking.com|' +
  'Adidas|Ericsson|Nokia|Deutsche Telekom|Orange|Sky|BBC|Financial Times|Chainguard|Snyk|Aqua Security|Sysdig|' +
  'Tetrate|Kong|Ambassador Labs|Cockroach Labs|PlanetScale|Timescale|Percona|Independent'
).split('|');

/** Conference tracks. */
export const tracks = [
  'Performance',
  'Maintainer Track',
  '101 Track',
  'Customizing + Extending Kubernetes',
  'Observability',
  'Security + Identity + Policy',
  'Networking',
  'Storage',
  'Application + Development',
  'CI/CD',
  'Operations',
  'Machine Learning + Data',
  'Community',
  'Case Studies',
  'Serverless',
];

/** Title patterns; `{t}` is a topic, `{T}` a second topic, `{o}` an organisation, `{n}` a number. */
export const titlePatterns = [
  '{t} in Production: {n} Years Later',
  'A (Mostly) Practical Guide to {t}',
  'Scaling {t} at {o}',
  'Lessons Learned From Running {t} and {T}',
  'How {o} Runs {t} Across {n} Clusters',
  '{t} Deep Dive',
  'Introduction to {t}',
  'The Day We Broke {t}: A Post-Mortem',
  'From Zero to {t}: A Journey',
  '{t} Meets {T}',
  'Securing {t} With {T}',
  'Debugging {t} Like a Pro',
  'Why We Replaced {T} With {t}',
  'Building a Platform on {t}',
  '{t}: What Is New and What Is Next',
];

const syllables = 'ka ro mi zu te lo pa ne vi do sha kri bel tor gan fex qua lin mor dax'.split(' ');

/**
 * The made-up word of a rank in the long tail: a deterministic syllable spelling of the number,
 * so the same rank is the same word in every corpus.
 */
export function tailWord(rank: number): string {
  let word = '';
  let rest = rank;
  do {
    word += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0);
  return word.length < 4 ? `${word}ix` : word;
}
