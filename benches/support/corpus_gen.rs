//! The varied benchmark corpus: the seed article, the development articles in
//! `../shared/corpus/*.txt` when present, and generated articles of the same genre, at least
//! [`MIN_BYTES`] in all, each article different.
//!
//! Shared by `benches/extract.rs` and `examples/throughput.rs` (`#[path]`-included, so it lives
//! in a sub-directory that cargo does not take for a bench target of its own).
//!
//! The generator is deterministic (a fixed-seed SplitMix64, no `rand` dependency) and writes
//! what the library reads in the wild: statistical-bulletin paragraphs, development-zone
//! reviews, project news and work-report prose, with varied numbers (Arabic, some full-width,
//! some Chinese numerals), periods, places, enterprise names made of random brand syllables and
//! trade words, metrics, growth / amount / count / capacity sentences, narrative filler without
//! numbers, and newspaper layout (lines broken every 14–26 characters, also inside words, and
//! stray blank lines).

use std::fmt::Write as _;
use std::path::PathBuf;

/// The seed article (the test fixture).
pub const SEED: &str = include_str!("../../tests/fixtures/000_435d5c54c148f26d.txt");

/// The least size of the varied corpus, in bytes.
pub const MIN_BYTES: usize = 1 << 20;

/// A corpus: its articles, and the same articles joined by a blank line into one text.
pub struct Corpus {
    /// The articles, seed first, then the development articles, then generated ones.
    pub articles: Vec<String>,
    /// The articles joined with `"\n\n"`.
    pub text: String,
    /// How many development articles were found.
    pub dev: usize,
}

impl Corpus {
    /// The articles as `&str`s, for `extract_batch`.
    pub fn article_refs(&self) -> Vec<&str> {
        self.articles.iter().map(String::as_str).collect()
    }

    /// One line saying what the corpus is made of.
    pub fn describe(&self) -> String {
        format!(
            "varied corpus: {} bytes in {} articles (seed, {} development, {} generated)",
            self.text.len(),
            self.articles.len(),
            self.dev,
            self.articles.len() - 1 - self.dev,
        )
    }
}

/// Builds the varied corpus (at least [`MIN_BYTES`]). Says on stderr when the development
/// articles are absent.
pub fn varied() -> Corpus {
    let mut articles = vec![SEED.to_string()];
    let dev = dev_articles();
    let n_dev = dev.len();
    articles.extend(dev);
    let mut rng = Rng(0x6A69_6E67_6A69_2006);
    let mut total: usize = articles.iter().map(String::len).sum();
    while total < MIN_BYTES {
        let a = article(&mut rng);
        total += a.len();
        articles.push(a);
    }
    let text = articles.join("\n\n");
    Corpus { articles, text, dev: n_dev }
}

/// The development articles `../shared/corpus/*.txt` (relative to the crate), sorted by name;
/// none, with a message, when the directory is absent.
fn dev_articles() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} is absent; the varied corpus is seed + generated", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// SplitMix64: small, fast and good enough to vary text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() as usize % items.len()]
    }
}

const PROVINCES: &[&str] = &[
    "青海",
    "江苏",
    "浙江",
    "广东",
    "四川",
    "湖北",
    "湖南",
    "河南",
    "河北",
    "山东",
    "山西",
    "陕西",
    "甘肃",
    "安徽",
    "江西",
    "福建",
    "云南",
    "贵州",
    "辽宁",
    "吉林",
    "黑龙江",
    "内蒙古",
    "广西",
    "宁夏",
    "新疆",
    "海南",
];

const CITIES: &[&str] = &[
    "西宁",
    "海东",
    "格尔木",
    "苏州",
    "无锡",
    "常州",
    "南通",
    "宁波",
    "温州",
    "嘉兴",
    "东莞",
    "佛山",
    "惠州",
    "成都",
    "绵阳",
    "宜宾",
    "武汉",
    "襄阳",
    "宜昌",
    "长沙",
    "株洲",
    "郑州",
    "洛阳",
    "许昌",
    "石家庄",
    "唐山",
    "济南",
    "青岛",
    "烟台",
    "潍坊",
    "太原",
    "大同",
    "西安",
    "宝鸡",
    "兰州",
    "天水",
    "合肥",
    "芜湖",
    "南昌",
    "赣州",
    "福州",
    "泉州",
    "昆明",
    "曲靖",
    "贵阳",
    "遵义",
    "沈阳",
    "大连",
    "长春",
    "吉林市",
    "哈尔滨",
    "大庆",
    "包头",
    "鄂尔多斯",
    "南宁",
    "柳州",
    "银川",
    "石嘴山",
    "乌鲁木齐",
    "克拉玛依",
    "海口",
    "三亚",
    "重庆",
    "上海",
    "天津",
    "北京",
];

const COUNTIES: &[&str] = &[
    "湟中区",
    "大通县",
    "昆山市",
    "江阴市",
    "义乌市",
    "慈溪市",
    "顺德区",
    "南海区",
    "双流区",
    "郫都区",
    "东西湖区",
    "浏阳市",
    "新郑市",
    "迁安市",
    "寿光市",
    "孝义市",
    "神木市",
    "肥西县",
    "晋江市",
    "石狮市",
    "安宁市",
    "仁怀市",
    "瓦房店市",
    "农安县",
    "肇东市",
    "准格尔旗",
    "平果市",
    "灵武市",
    "库尔勒市",
    "儋州市",
];

const ZONE_KINDS: &[&str] = &[
    "经济技术开发区",
    "高新技术产业开发区",
    "高新区",
    "经开区",
    "工业园区",
    "综合保税区",
    "产业园",
    "新区",
];

const BRAND: &[&str] = &[
    "华", "恒", "鑫", "瑞", "宏", "泰", "丰", "源", "盛", "达", "隆", "嘉", "金", "银", "海", "天",
    "润", "凯", "鼎", "昌", "晶", "科", "亚", "丽", "豪", "中", "复", "神", "鹰", "通", "威", "博",
    "远", "信", "德", "诚", "安", "康", "永", "新", "宇", "星", "辰", "光", "明", "美", "兴", "旺",
    "腾", "飞", "龙", "凤", "弘", "毅", "正", "和", "顺", "佳", "欣", "汇", "聚", "创", "锐", "峰",
];

const TRADES: &[&str] = &[
    "新能源",
    "硅业",
    "锂业",
    "铝业",
    "半导体",
    "电池",
    "电气",
    "电子",
    "光电",
    "光伏",
    "材料",
    "新材料",
    "生物",
    "药业",
    "化工",
    "科技",
    "智能",
    "信息",
    "机械",
    "重工",
    "装备",
    "精工",
    "汽车",
    "动力",
    "纺织",
    "食品",
    "乳业",
    "物流",
    "环保",
    "碳素",
    "纤维",
    "玻璃",
    "建材",
    "金属",
    "实业",
    "能源",
    "矿业",
    "钢铁",
];

const SUFFIXES: &[&str] =
    &["", "", "", "有限公司", "股份有限公司", "集团", "集团有限公司", "科技有限公司"];

const PRODUCTS: &[(&str, &[&str])] = &[
    ("多晶硅", &["万吨", "吨"]),
    ("单晶硅片", &["GW", "亿片"]),
    ("光伏组件", &["GW", "万千瓦"]),
    ("锂电材料", &["万吨", "吨"]),
    ("正极材料", &["万吨"]),
    ("动力电池", &["GWh", "亿安时"]),
    ("碳纤维", &["万吨", "吨"]),
    ("电解铝", &["万吨"]),
    ("铝箔", &["万吨"]),
    ("高纯石英砂", &["万吨"]),
    ("汽车", &["万辆", "辆"]),
    ("家用空调", &["万套", "万台"]),
    ("风电整机", &["台", "万千瓦"]),
    ("生物制剂", &["吨", "万支"]),
    ("乳制品", &["万吨"]),
    ("服装", &["万件"]),
    ("水泥", &["万吨"]),
    ("特种玻璃", &["万平方米", "万吨"]),
    ("集成电路", &["万片", "亿块"]),
    ("电子元器件", &["亿只", "万件"]),
];

/// (metric, unit kind): `a` amount, `c` count of firms, `m` mass, `e` electricity, `y` yuan
/// per head, `r` area.
const METRICS: &[(&str, char)] = &[
    ("地区生产总值", 'a'),
    ("规上工业增加值", 'a'),
    ("规模以上工业增加值", 'a'),
    ("规上工业总产值", 'a'),
    ("规上产值", 'a'),
    ("固定资产投资", 'a'),
    ("工业投资", 'a'),
    ("民间投资", 'a'),
    ("房地产开发投资", 'a'),
    ("社会消费品零售总额", 'a'),
    ("一般公共预算收入", 'a'),
    ("税收收入", 'a'),
    ("进出口总额", 'a'),
    ("出口总额", 'a'),
    ("实际利用外资", 'a'),
    ("营业收入", 'a'),
    ("利润总额", 'a'),
    ("金融机构本外币存款余额", 'a'),
    ("第三产业增加值", 'a'),
    ("高新技术产业产值", 'a'),
    ("城镇居民人均可支配收入", 'y'),
    ("农村居民人均可支配收入", 'y'),
    ("全社会用电量", 'e'),
    ("工业用电量", 'e'),
    ("粮食产量", 'm'),
    ("货物吞吐量", 'm'),
    ("规上工业企业", 'c'),
    ("高新技术企业", 'c'),
    ("市场主体", 'c'),
    ("设施农业面积", 'r'),
];

const PERIODS: &[&str] =
    &["", "一季度", "上半年", "前三季度", "1—{m}月", "全年", "{m}月份", "1至{m}月"];

const FILLER_HEADS: &[&str] = &[
    "坚持稳字当头、稳中求进",
    "围绕建设现代化产业体系",
    "统筹疫情防控和经济社会发展",
    "牢固树立“项目为王”理念",
    "以高质量发展为主线",
    "紧盯全年目标任务",
    "聚焦主导产业延链补链强链",
    "深化“放管服”改革",
    "持续优化营商环境",
    "抢抓国家战略机遇",
    "立足资源禀赋和产业基础",
    "坚持创新驱动发展",
    "对标先进地区",
    "全面贯彻新发展理念",
    "按照“一区多园”布局",
];

const FILLER_ACTS: &[&str] = &[
    "扎实推进招商引资和项目建设",
    "强化要素保障和跟踪服务",
    "推动传统产业转型升级",
    "加快培育战略性新兴产业",
    "全力帮助企业纾困解难",
    "推进园区基础设施提档升级",
    "完善“链长制”工作机制",
    "深入开展“入规升限”行动",
    "促进产业链上下游协同发展",
    "推动数字经济和实体经济深度融合",
    "着力构建绿色低碳循环发展体系",
    "稳步推进节能降碳技术改造",
    "积极争取中央预算内投资和专项债券",
    "持续扩大有效投资",
    "开展“万人助万企”活动",
    "加大科技型中小企业培育力度",
];

const FILLER_TAILS: &[&str] = &[
    "经济运行总体平稳、稳中向好",
    "发展质量和效益稳步提升",
    "为全年目标任务完成打下坚实基础",
    "产业集聚效应进一步显现",
    "发展后劲持续增强",
    "营商环境持续改善",
    "市场主体活力不断释放",
    "高质量发展迈出坚实步伐",
];

const HEADINGS: &[&str] = &[
    "抓运行稳增长",
    "紧盯项目促投资",
    "招大引强强链条",
    "优化环境增活力",
    "创新驱动添动能",
    "绿色发展显成效",
    "民生保障有温度",
    "开放合作拓空间",
];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭",
    "何", "罗", "高", "林", "樊", "南", "祁", "欧阳",
];

const GIVEN: &[&str] = &[
    "建", "国", "海", "燕", "娅", "楠", "志", "强", "明", "华", "丽", "军", "平", "晓", "东", "宁",
];

const TITLES: &[&str] =
    &["管委会主任", "党工委书记", "副市长", "市发改委主任", "董事长", "总经理", "相关负责人"];

/// One generated article (about 3–10 KB).
fn article(rng: &mut Rng) -> String {
    let province = rng.pick(PROVINCES);
    let city = rng.pick(CITIES);
    let zone = format!("{city}{}", rng.pick(ZONE_KINDS));
    let year = rng.range(2008, 2025);
    let full_width = rng.chance(8);
    let cn_percent = rng.chance(10);
    let mut c = Ctx { rng, province, city, zone, year, cn_percent };
    let title = match c.rng.range(0, 4) {
        0 => format!("{}经济运行稳中向好", c.city),
        1 => format!("{}：{}", c.zone, c.rng.pick(FILLER_TAILS)),
        2 => {
            let (e, (product, _)) = (c.enterprise(), c.product());
            format!("{}{e}年产{product}项目开工", c.city)
        }
        _ => format!("{}年{}国民经济和社会发展统计公报（摘要）", c.year, c.city),
    };
    let mut paras = vec![title];
    if c.rng.chance(40) {
        paras.push(format!("本报记者 {}", c.person()));
    }
    let n = c.rng.range(6, 20);
    for _ in 0..n {
        let mut p = String::new();
        if c.rng.chance(15) {
            let _ = write!(p, "【{}】", c.rng.pick(HEADINGS));
        }
        for _ in 0..c.rng.range(2, 7) {
            let s = c.sentence();
            p.push_str(&s);
        }
        paras.push(p);
    }
    let mut text =
        if c.rng.chance(55) { newspaper_layout(c.rng, &paras) } else { paras.join("\n") + "\n" };
    if full_width {
        text = to_full_width_digits(&text);
    }
    text
}

struct Ctx<'r> {
    rng: &'r mut Rng,
    province: &'static str,
    city: &'static str,
    zone: String,
    year: u64,
    cn_percent: bool,
}

impl Ctx<'_> {
    /// A number with `decimals` decimals in `lo..hi`.
    fn num(&mut self, lo: u64, hi: u64, decimals: u32) -> String {
        let scale = 10u64.pow(decimals);
        let v = self.rng.range(lo * scale, hi * scale);
        if decimals == 0 {
            v.to_string()
        } else {
            format!("{}.{:0w$}", v / scale, v % scale, w = decimals as usize)
        }
    }

    fn percent(&mut self) -> String {
        if self.cn_percent {
            let whole = self.rng.range(1, 40);
            let tenth = self.rng.range(1, 10);
            return format!("百分之{}点{}", cn_number(whole), cn_number(tenth));
        }
        let p = self.num(0, 60, 1);
        match self.rng.range(0, 10) {
            0 => format!("{p}%左右"),
            1 => format!(" {p}%"),
            _ => format!("{p}%"),
        }
    }

    fn amount(&mut self, kind: char) -> String {
        match kind {
            'a' => match self.rng.range(0, 4) {
                0 => format!("{}万元", self.num(100, 99_999, 0)),
                1 => format!("{}亿元", self.num(1, 99, 2)),
                _ => format!("{}亿元", self.num(100, 12_000, 1)),
            },
            'y' => format!("{}元", self.num(8_000, 80_000, 0)),
            'e' => format!("{}亿千瓦时", self.num(5, 900, 2)),
            'm' => format!("{}万吨", self.num(10, 9_000, 1)),
            'r' => format!("{}万亩", self.num(1, 500, 1)),
            _ => format!("{}家", self.num(10, 9_000, 0)),
        }
    }

    fn period(&mut self) -> String {
        let month = self.rng.range(2, 12).to_string();
        let p = self.rng.pick(PERIODS).replace("{m}", &month);
        let year = self.year;
        if self.rng.chance(20) { format!("{year} 年{p}") } else { format!("{year}年{p}") }
    }

    fn subject(&mut self) -> String {
        match self.rng.range(0, 6) {
            0 => self.zone.clone(),
            1 => format!("{}市", self.city),
            2 => format!("{}省", self.province),
            3 => self.rng.pick(COUNTIES).to_string(),
            4 => "全市".to_string(),
            _ => format!("{}{}{}", self.city, self.rng.pick(BRAND), self.rng.pick(ZONE_KINDS)),
        }
    }

    fn enterprise(&mut self) -> String {
        let mut name = String::new();
        if self.rng.chance(25) {
            name.push_str(self.rng.pick(PROVINCES));
        }
        name.push_str(self.rng.pick(BRAND));
        name.push_str(self.rng.pick(BRAND));
        if self.rng.chance(20) {
            name.push_str(self.rng.pick(BRAND));
        }
        name.push_str(self.rng.pick(TRADES));
        name.push_str(self.rng.pick(SUFFIXES));
        name
    }

    fn product(&mut self) -> (&'static str, &'static str) {
        let (product, units) = PRODUCTS[self.rng.range(0, PRODUCTS.len() as u64) as usize];
        (product, self.rng.pick(units))
    }

    fn person(&mut self) -> String {
        let mut p = self.rng.pick(SURNAMES).to_string();
        p.push_str(self.rng.pick(GIVEN));
        if self.rng.chance(60) {
            p.push_str(self.rng.pick(GIVEN));
        }
        p
    }

    fn metric(&mut self) -> (&'static str, char) {
        METRICS[self.rng.range(0, METRICS.len() as u64) as usize]
    }

    fn filler(&mut self) -> String {
        let head = self.rng.pick(FILLER_HEADS);
        let a = self.rng.pick(FILLER_ACTS);
        let b = self.rng.pick(FILLER_ACTS);
        let tail = self.rng.pick(FILLER_TAILS);
        match self.rng.range(0, 3) {
            0 => format!("{head}，{a}，{b}，{tail}。"),
            1 => format!("{}{a}、{b}，{tail}。", self.subject()),
            _ => format!("{head}，{}{a}。", self.subject()),
        }
    }

    /// One sentence, ending in `。`.
    fn sentence(&mut self) -> String {
        let cmp = ["同比", "比上年", "较上年同期", ""];
        match self.rng.range(0, 14) {
            0..=3 => self.filler(),
            4 => {
                let (m, k) = self.metric();
                let (period, subject, amount, pct) =
                    (self.period(), self.subject(), self.amount(k), self.percent());
                let c = self.rng.pick(&cmp);
                format!("{period}，{subject}完成{m}{amount}，{c}增长{pct}。")
            }
            5 => {
                let (m, k) = self.metric();
                let (amount, pct) = (self.amount(k), self.percent());
                let pp = self.num(0, 9, 1);
                let dir = self.rng.pick(&["提高", "回落", "加快"]);
                format!("{m}{amount}，比上年增长{pct}，增速{dir}{pp}个百分点。")
            }
            6 => {
                let (m, _) = self.metric();
                let (m2, _) = self.metric();
                let (pct, subject) = (self.percent(), self.subject());
                let pp = self.num(0, 30, 1);
                let share = self.num(10, 100, 1);
                format!("{m}同比增长{pct}，拉动{subject}{m2}增长{pp}个百分点，贡献率达{share}%。")
            }
            7 => {
                let (n1, n2) = (self.num(3, 300, 0), self.num(100, 3000, 0));
                let kind = self.rng.pick(&["规上工业", "高新技术", "科技型中小", "外资"]);
                let unit = self.rng.pick(&["家", "户"]);
                format!("全年新增{kind}企业{n1}{unit}，总数达到{n2}{unit}。")
            }
            8 | 9 => {
                let mut items = Vec::new();
                for _ in 0..self.rng.range(2, 5) {
                    let e = self.enterprise();
                    let (product, unit) = self.product();
                    let decimals = if self.rng.chance(30) { 1 } else { 0 };
                    let cap = self.num(1, 60, decimals);
                    items.push(format!("{e}{cap}{unit}{product}"));
                }
                let k = self.num(5, 60, 0);
                let verb = self.rng.pick(&["开工建设", "建成投产", "签约落地", "加快推进"]);
                format!("{}等{k}个重点项目{verb}。", items.join("、"))
            }
            10 => {
                let e = self.enterprise();
                let (product, unit) = self.product();
                let cap = self.num(1, 100, 0);
                let (inv, mu, out, tax) = (
                    self.num(1, 200, 1),
                    self.num(100, 3000, 0),
                    self.num(5, 500, 0),
                    self.num(1, 30, 1),
                );
                format!(
                    "{e}年产{cap}{unit}{product}项目总投资{inv}亿元，占地约{mu}亩，\
                     达产后可实现年产值{out}亿元、税收{tax}亿元。"
                )
            }
            11 => {
                let (m, k) = self.metric();
                let (amount, share) = (self.amount(k), self.num(1, 60, 1));
                let scope = self.rng.pick(&["省", "市", "国"]);
                format!("{m}{amount}，约占全{scope}的{share}%。")
            }
            12 => {
                let (title, person, subject) =
                    (self.rng.pick(TITLES), self.person(), self.subject());
                let tail = self.rng.pick(FILLER_TAILS);
                let a = self.rng.pick(FILLER_ACTS);
                format!("“下一步，{subject}将{a}，确保{tail}。”{title}{person}表示。")
            }
            _ => {
                let (m, _) = self.metric();
                let times = self.num(1, 5, 1);
                let avg = self.percent();
                let years = self.rng.pick(&["五", "十", "三"]);
                format!("{years}年间，{m}增长{times}倍，年均增长{avg}。")
            }
        }
    }
}

/// Newspaper layout: lines broken every 14–26 characters (also inside words), a blank line
/// between paragraphs or not, and an occasional stray blank line inside a paragraph.
fn newspaper_layout(rng: &mut Rng, paras: &[String]) -> String {
    let width = rng.range(14, 27) as usize;
    let blank_between = rng.chance(50);
    let mut out = String::new();
    for p in paras {
        let chars: Vec<char> = p.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            let mut end = (start + width).min(chars.len());
            // Like a typesetter: no line starts with closing punctuation, and numbers stay
            // whole; words are broken anywhere.
            while end < chars.len() && (no_line_start(chars[end]) || is_number_char(chars[end])) {
                end += 1;
            }
            if start > 0 && rng.chance(4) {
                out.push('\n');
            }
            out.extend(&chars[start..end]);
            out.push('\n');
            start = end;
        }
        if blank_between {
            out.push('\n');
        }
    }
    out
}

fn no_line_start(c: char) -> bool {
    "，。、；：？！”）】%".contains(c)
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || c == '.'
}

fn to_full_width_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '.' => '．',
            '%' => '％',
            _ => c,
        })
        .collect()
}

/// 1..=99 in Chinese numerals.
fn cn_number(n: u64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match (n / 10, n % 10) {
        (0, u) => D[u as usize].to_string(),
        (1, 0) => "十".to_string(),
        (1, u) => format!("十{}", D[u as usize]),
        (t, 0) => format!("{}十", D[t as usize]),
        (t, u) => format!("{}十{}", D[t as usize], D[u as usize]),
    }
}
