// Plausible paths for sea links, so the map does not draw ships across land. A small hand-made
// graph of open-sea turning points (off capes, in straits and channels; coordinates read off the
// Natural Earth coastline, to about half a degree) joins the dataset's chokepoints; each port of
// the built-in dataset is joined to the turning points off it. A link's path is the shortest way
// through this graph from its port, through its chokepoints in order, to the other port, never
// passing a chokepoint the link does not name (so "-cape" links go round Africa and Shanghai-
// Yokohama goes south of Kyushu). A port the table does not know (a user's dataset) leaves by the
// two open-sea turning points nearest to it, within GATE_KM; a port with none that near, or a link
// that finds no way, is drawn straight.

// [lat, lon] of each turning point.
const POINTS = {
  // Black Sea, Turkish Straits, Aegean, eastern Mediterranean
  "bs-w": [43.0, 30.5], "bs-c": [43.2, 34.5], "bs-e": [42.3, 40.0], "marmara": [40.75, 28.0],
  "aegean-n": [38.6, 25.1], "aegean-s": [36.5, 25.0], "kasos": [35.3, 26.55], "rhodes-s": [35.5, 28.0],
  "cyprus-n": [35.9, 32.8], "mersin-off": [36.4, 34.4], "cyprus-e": [35.3, 34.95], "emed": [33.3, 30.0], "port-said": [31.4, 32.35],
  // central and western Mediterranean, Atlantic coast of Europe, North Sea, Baltic
  "ionian": [35.5, 19.0], "sicily-ch": [37.4, 11.5], "med-w": [37.9, 6.0], "alboran": [36.2, -2.5],
  "st-vincent": [36.6, -9.5], "finisterre": [43.2, -10.0], "ushant": [48.6, -5.9], "channel-w": [49.8, -3.5],
  "dover": [51.0, 1.6], "north-sea": [54.2, 4.0], "elbe": [54.0, 8.0], "skagerrak": [57.6, 7.5], "skagen": [58.0, 10.7],
  "kattegat": [57.0, 11.7], "bornholm-s": [54.85, 14.7], "gotland-s": [56.3, 19.0], "hiiumaa-w": [58.8, 21.5], "finland-g": [59.8, 25.0],
  "kronstadt": [60.0, 29.0],
  // Red Sea, Arabian Sea, Bay of Bengal, Malacca, South China Sea
  "red-sea": [22.0, 38.2], "aden": [12.5, 47.5], "arabian-s": [10.0, 60.0], "oman-g": [24.8, 58.5], "ras-al-hadd": [22.5, 60.5],
  "srilanka-s": [5.3, 80.5], "sumatra-n": [6.0, 94.5], "malacca-n": [5.0, 98.5], "singapore": [1.2, 104.0],
  "scs-s": [5.0, 107.5], "scs-n": [15.0, 113.0], "hainan-s": [17.0, 109.0], "tonkin": [19.0, 107.5],
  "luzon-str": [20.5, 121.0], "taiwan-e": [23.5, 123.0],
  // East China, Yellow and Bohai seas, Korea, Japan
  "bohai": [38.5, 119.5], "bohai-str": [38.3, 121.2], "yellow-sea": [36.0, 123.5], "lianyungang-off": [34.6, 121.0],
  "shanghai-off": [31.0, 122.8], "jeju-str": [33.9, 126.3], "jeju-s": [32.8, 126.5], "ecs-s": [30.5, 126.0],
  "kanmon": [33.95, 130.95], "seto": [34.2, 133.0], "osaka-bay": [34.45, 135.1], "kii": [33.6, 135.0],
  "kyushu-s": [30.0, 131.5], "shikoku-s": [32.5, 134.0], "enshu": [34.0, 137.3], "ise": [34.45, 136.95],
  "izu-s": [34.3, 138.8], "sagami": [34.85, 139.7], "uraga": [35.15, 139.75], "boso": [34.7, 140.3],
  "sanriku": [39.0, 143.0], "tsugaru-e": [41.3, 142.0], "tsugaru": [41.45, 140.6], "tsugaru-w": [41.3, 139.5], "japan-sea": [41.0, 135.0], "toyama-off": [37.3, 137.6],
  // Atlantic, round Africa, Indian Ocean
  "canaries-n": [30.0, -14.0], "cape-verde": [15.0, -19.5], "guinea": [2.0, -8.0], "angola": [-15.0, 8.0], "namibia": [-25.0, 12.0],
  "good-hope": [-35.5, 18.5], "agulhas": [-35.0, 26.0], "natal": [-29.0, 33.0], "madagascar-s": [-28.0, 47.0], "indian-c": [-10.0, 70.0],
  // Indonesia, Australia, Philippine Sea
  "sunda": [-5.9, 105.8], "java-sea": [-4.8, 108.5], "karimata": [-1.5, 108.8], "lombok": [-8.8, 115.75], "makassar-s": [-4.0, 117.5],
  "makassar-n": [1.0, 119.0], "celebes": [4.0, 122.5], "mindanao-s": [5.0, 126.7], "phil-sea": [15.0, 130.0],
  "wa-off": [-31.0, 113.5], "nw-cape": [-20.0, 112.0], "leeuwin": [-35.5, 114.0], "bight": [-36.0, 125.0], "adelaide-off": [-36.2, 137.5],
  // North Pacific
  "juan-de-fuca": [48.4, -124.8], "npac-e": [48.0, -140.0], "aleutian-s": [47.0, -170.0], "npac-w": [40.0, 160.0],
  "la-off": [33.3, -119.5], "pac-c": [30.0, -150.0], "pac-w": [32.0, 160.0],
};

// Pairs joined by open sea (either way).
const EDGES = `
bosporus-bs-w bs-w-bs-c bs-c-bs-e bosporus-marmara marmara-dardanelles dardanelles-aegean-n aegean-n-aegean-s aegean-s-kasos aegean-s-ionian
kasos-emed kasos-rhodes-s rhodes-s-cyprus-n rhodes-s-emed cyprus-n-mersin-off mersin-off-cyprus-e cyprus-e-port-said emed-port-said port-said-suez
ionian-emed ionian-sicily-ch sicily-ch-med-w med-w-alboran alboran-gibraltar gibraltar-st-vincent st-vincent-finisterre finisterre-ushant
ushant-channel-w channel-w-dover dover-north-sea north-sea-elbe north-sea-skagerrak skagerrak-skagen skagen-kattegat kattegat-danish-straits
danish-straits-bornholm-s bornholm-s-gotland-s gotland-s-hiiumaa-w hiiumaa-w-finland-g finland-g-kronstadt
suez-bab-el-mandeb suez-red-sea red-sea-bab-el-mandeb bab-el-mandeb-aden aden-arabian-s arabian-s-srilanka-s arabian-s-ras-al-hadd ras-al-hadd-oman-g oman-g-hormuz ras-al-hadd-srilanka-s
srilanka-s-sumatra-n sumatra-n-malacca-n malacca-n-malacca malacca-singapore singapore-scs-s scs-s-scs-n scs-n-hainan-s hainan-s-tonkin
scs-n-luzon-str luzon-str-taiwan-e taiwan-e-kyushu-s taiwan-e-ecs-s ecs-s-kyushu-s ecs-s-shanghai-off ecs-s-jeju-s shanghai-off-jeju-s jeju-s-korea-strait
bohai-bohai-str bohai-str-yellow-sea yellow-sea-jeju-str lianyungang-off-jeju-str lianyungang-off-yellow-sea jeju-str-korea-strait
korea-strait-kanmon kanmon-seto seto-osaka-bay osaka-bay-kii kii-shikoku-s kyushu-s-shikoku-s shikoku-s-enshu kii-enshu enshu-ise enshu-izu-s
izu-s-sagami sagami-uraga boso-sagami boso-sanriku sanriku-tsugaru-e tsugaru-e-tsugaru tsugaru-tsugaru-w tsugaru-w-japan-sea japan-sea-toyama-off korea-strait-japan-sea
st-vincent-canaries-n canaries-n-cape-verde cape-verde-guinea guinea-angola angola-namibia namibia-good-hope good-hope-agulhas agulhas-natal
agulhas-madagascar-s natal-madagascar-s madagascar-s-indian-c indian-c-srilanka-s indian-c-arabian-s indian-c-sunda indian-c-sumatra-n
sunda-java-sea java-sea-karimata karimata-scs-s java-sea-lombok lombok-makassar-s makassar-s-makassar-n makassar-n-celebes celebes-mindanao-s
mindanao-s-phil-sea phil-sea-shikoku-s phil-sea-taiwan-e phil-sea-kyushu-s
wa-off-nw-cape nw-cape-lombok nw-cape-indian-c wa-off-leeuwin leeuwin-bight bight-adelaide-off leeuwin-madagascar-s wa-off-indian-c
juan-de-fuca-npac-e npac-e-aleutian-s aleutian-s-npac-w npac-w-boso npac-w-tsugaru-e la-off-pac-c pac-c-pac-w pac-w-boso pac-w-izu-s
`.trim().split(/\s+/);

// Ports of the built-in dataset and the turning points off them.
const PORTS = {
  ROCND: ["bs-w"], RUNVS: ["bs-c", "bs-e"], GEPTI: ["bs-e"], GEBUS: ["bs-e"], TRIST: ["marmara"], TRMER: ["mersin-off"],
  NLRTM: ["north-sea", "dover"], DEHAM: ["elbe"], RULED: ["kronstadt"], IRSRP: ["hormuz"], "sa-yanbu": ["red-sea", "suez"],
  CNTXG: ["bohai"], CNLYG: ["lianyungang-off"], CNSGH: ["shanghai-off"], "vn-haiphong": ["tonkin"],
  JPUKB: ["osaka-bay"], JPNGO: ["ise"], JPYOK: ["uraga"], JPFTX: ["toyama-off"], RUFIP: ["japan-sea"], RUVYP: ["japan-sea"],
  "au-fremantle": ["wa-off"], "au-adelaide": ["adelaide-off"], "ca-vancouver": ["juan-de-fuca"], "us-los-angeles": ["la-off"],
  "na-walvis-bay": ["namibia"], "za-richards-bay": ["natal"],
};

// How far an unknown port may be from the turning points it leaves by.
const GATE_KM = 1500;

// Kilometres between two [lat, lon] points (equirectangular; ample for choosing among lanes).
function km([la1, lo1], [la2, lo2]) {
  let dlon = Math.abs(lo1 - lo2);
  if (dlon > 180) dlon = 360 - dlon;
  const dx = dlon * Math.cos((((la1 + la2) / 2) * Math.PI) / 180);
  return 111.2 * Math.hypot(dx, la1 - la2);
}

export class SeaLanes {
  constructor(catalog) {
    this.points = { ...POINTS };
    this.chokepoints = new Set();
    for (const c of catalog.network.chokepoints ?? []) { this.points[c.id] = [c.lat, c.lon]; this.chokepoints.add(c.id); }
    this.next = new Map();
    for (const e of EDGES) {
      // Ids contain dashes, so split where both halves are known points.
      const cut = [...e.matchAll(/-/g)].map((m) => m.index).find((i) => this.points[e.slice(0, i)] && this.points[e.slice(i + 1)]);
      if (cut === undefined) continue; // a chokepoint this dataset lacks
      const a = e.slice(0, cut), b = e.slice(cut + 1);
      for (const [p, q] of [[a, b], [b, a]]) {
        if (!this.next.has(p)) this.next.set(p, []);
        this.next.get(p).push(q);
      }
    }
    this.nodeById = catalog.nodeById;
    this.cache = new Map();
  }

  // [[lat, lon], ...] from the link's from-node to its to-node, or null when it is drawn straight.
  path(link) {
    if (link.mode !== "sea") return null;
    if (this.cache.has(link.id)) return this.cache.get(link.id);
    const a = this.nodeById.get(link.from), b = this.nodeById.get(link.to);
    let result = null;
    const gatesA = a && this.gates(a), gatesB = b && this.gates(b);
    if (gatesA?.length && gatesB?.length) {
      const via = (link.chokepoints ?? []).filter((c) => this.points[c]);
      const stops = [{ id: a.id, at: [a.lat, a.lon], gates: gatesA }, ...via.map((c) => ({ id: c, at: this.points[c], gates: [c] })),
        { id: b.id, at: [b.lat, b.lon], gates: gatesB }];
      const points = [[a.lat, a.lon]];
      for (let i = 0; i + 1 < stops.length && points; i++) {
        const leg = this.search(stops[i], stops[i + 1]);
        if (!leg) { result = null; break; }
        points.push(...leg, stops[i + 1].at);
        result = points;
      }
    }
    this.cache.set(link.id, result);
    return result;
  }

  // The turning points a port leaves by: the table's, or the two nearest open-sea ones within GATE_KM.
  gates(node) {
    if (PORTS[node.id]) return PORTS[node.id];
    return Object.keys(POINTS)
      .map((p) => [p, km([node.lat, node.lon], POINTS[p])])
      .filter(([, d]) => d <= GATE_KM)
      .sort((x, y) => x[1] - y[1])
      .slice(0, 2)
      .map(([p]) => p);
  }

  // Turning points between two stops (Dijkstra over the small graph), passing no chokepoint but theirs.
  search(from, to) {
    const dist = new Map(), prev = new Map(), done = new Set();
    for (const g of from.gates) dist.set(g, g === from.id ? 0 : km(from.at, this.points[g]));
    const goal = new Set(to.gates);
    const open = (p) => !this.chokepoints.has(p) || p === from.id || p === to.id || from.gates.includes(p) || goal.has(p);
    for (;;) {
      let best = null;
      for (const [p, d] of dist) if (!done.has(p) && (best === null || d < dist.get(best))) best = p;
      if (best === null) return null;
      if (goal.has(best)) {
        const chain = [];
        for (let p = best; p !== undefined; p = prev.get(p)) chain.unshift(p);
        return chain.filter((p) => p !== from.id && p !== to.id).map((p) => this.points[p]);
      }
      done.add(best);
      for (const q of this.next.get(best) ?? []) {
        if (!open(q)) continue;
        const d = dist.get(best) + km(this.points[best], this.points[q]);
        if (!dist.has(q) || d < dist.get(q)) { dist.set(q, d); prev.set(q, best); }
      }
    }
  }
}
