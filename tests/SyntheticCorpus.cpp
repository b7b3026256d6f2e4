#include "SyntheticCorpus.h"

#include "calls/CallImporter.h"
#include "text/ChineseConverter.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// Sentences in the seed's register, in Traditional characters. Slots: {P} product,
// {C} customer, {T} topic, {N} amount, {R} percentage, {Q} quarter.
const QStringList kChineseSentences = {
    u"財報顯示,英偉達第{Q}總營收達到{N}億美元,同比增長{R}%。"_s,
    u"淨利潤為{N}億美元,同比增長{R}%,成績超過華爾街預期。"_s,
    u"市場對{P}芯片的需求令人驚歎,因為推理AI增加了另一種擴展法則。"_s,
    u"增加訓練的計算能力使模型更智能,而長時間思考的額外算力使答案更智能。"_s,
    u"在我們擴大{P}產品的生產規模期間,毛利率將處於{R}%出頭的水平。"_s,
    u"一旦我們的{P}產品全面實現量產,我們就能夠降低成本並提高毛利率。"_s,
    u"我們預計今年晚些時候毛利率可能會達到{R}%中期的水平。"_s,
    u"{C}已經相當公開地宣布他們成功啟用了{P}系統。"_s,
    u"數據中心業務營收為{N}億美元,環比增長{R}%,主要來自{T}的需求。"_s,
    u"台積電的先進封裝產能仍然是{P}出貨節奏的關鍵因素。"_s,
    u"我們有大約350家工廠,負責製造用於每個{P}機架的150萬個組件。"_s,
    u"對於需要深度思考的推理模型來說,它的速度要快上數十倍,吞吐量能提高{R}倍。"_s,
    u"當你擁有一個數據中心,它能讓你根據當前是在進行預訓練、後訓練還是擴展推理來配置。"_s,
    u"能否確認一下第一季度是否就是毛利率的最低點呢?"_s,
    u"DeepSeek公司以及他們所推出的任何創新成果,有沒有改變你對{T}的看法呢?"_s,
    u"您對{P}平台是否依然保持著熱情?在系統層面上是否仍然存在瓶頸?"_s,
    u"我們看到{C}在{T}方面的資本支出仍在擴大,這對我們是長期的順風。"_s,
    u"關稅對更廣泛的半導體行業的影響仍知之甚少,我們會持續關注。"_s,
    u"ASIC和GPU各有所長,但通用的架構讓客戶可以靈活地配置數據中心。"_s,
    u"CUDA的生態有點像蘋果,開發者一旦習慣了就很難離開。"_s,
    u"盡管沒完全看懂NVDA,但我還是準備開始賣點put了,AI值得關注。"_s,
    u"10年後的NVDA肯定還在,但還是目前的市場地位嗎?護城河到底是什麼?"_s,
    u"未來算力的需求肯定是會繼續增長的,算力的供應包括效率提高也會繼續增長。"_s,
    u"各大廠都不敢不買算力,同時各有錢的大廠肯定是不甘心一直付這麼高的價錢。"_s,
    u"網絡業務在{Q}實現了{R}%的增長,Spectrum-X的採用正在加速。"_s,
    u"汽車業務營收為{N}億美元,自動駕駛和機器人是下一波{T}的機會。"_s,
    u"遊戲業務受到供應限制,營收環比下降{R}%,我們預計下一季度恢復增長。"_s,
    u"主權AI正在成為新的增長來源,各國都在建設自己的{T}基礎設施。"_s,
    u"我們的庫存和供應承諾增加到{N}億美元,以支持{P}的爬坡。"_s,
    u"液冷和水冷功能讓{P}系統的能效比上一代提高了{R}倍。"_s,
    u"軟件和服務的年化收入已經超過{N}億美元,企業客戶正在採用我們的推理微服務。"_s,
    u"所謂賣出put,就是承諾在到期日按執行價買入標的股票。"_s,
    u"評論區:能不能解釋得再細一點?是以後會有更強的競爭對手,還是算力市場並不需要那麼大?"_s,
    u"我們與{C}合作部署了數以萬計的{P},用於{T}和大模型服務。"_s,
    u"第{Q}的營業費用環比增長{R}%,主要用於計算和基礎設施成本。"_s,
    u"下一代Rubin架構的研發進展順利,我們會在明年的大會上分享更多細節。"_s,
    u"中國市場的營收佔比已經降到{R}%左右,H20的出口許可仍不確定。"_s,
    u"每一家初創企業都需要大量的計算基礎設施,這是推動{T}的新機遇。"_s,
    u"我們實際上只是觸及了消費級人工智能、搜索以及廣告和推薦系統的早期階段。"_s,
    u"讓我先來回答問題中關於毛利率的第一部分內容。"_s,
};

const QStringList kEnglishSentences = {
    u"Demand for {P} remains extraordinary, and we expect gross margins in the mid-70s later this year."_s,
    u"Data center revenue was ${N} billion, up {R}% from a year ago, driven by {T}."_s,
    u"We shipped {P} systems to {C} at scale, and the GB200NVL72 racks are now in general availability."_s,
    u"Reasoning models like DeepSeek-R1 need up to {R} times more compute for inference."_s,
    u"Our networking business grew {R}% sequentially as Spectrum-X adoption accelerated."_s,
    u"Could you talk about the NVL72s you shipped this quarter and the supply chain behind them?"_s,
    u"Gross margin was {R}.5% on a GAAP basis, reflecting the Blackwell ramp."_s,
    u"Custom ASIC programs at hyperscalers are real, but CUDA keeps the installed base growing."_s,
    u"Inventory and purchase commitments rose to ${N} billion to support the {P} ramp."_s,
    u"Sovereign AI is a new growth driver as nations build their own {T} infrastructure."_s,
    u"We are on track to ship Blackwell Ultra in the second half, followed by Rubin."_s,
    u"Tariffs remain an unknown, and we are working with TSMC on packaging capacity."_s,
    u"Post-training and test-time scaling are additive to pretraining demand."_s,
    u"Operator: Our next question comes from the line of the analyst; please go ahead."_s,
    u"Thank you. Congratulations on the quarter, and a follow-up on {P} yields."_s,
    u"Automotive revenue was ${N} million, and robotics is the next wave of {T}."_s,
    u"Our software and services run-rate is now above ${N} million."_s,
    u"China is about {R}% of data center revenue, and H20 export licenses remain uncertain."_s,
};

const QStringList kProducts = {
    u"Blackwell"_s,       u"GB200"_s,          u"GB200 NVL72"_s,     u"GB200NVL72"_s, u"Hopper"_s, u"H200"_s,
    u"Grace Blackwell"_s, u"GraceBlackwell"_s, u"Blackwell Ultra"_s, u"B300"_s,       u"NVL72"_s,  u"Rubin"_s,
};
const QStringList kCustomers = {u"微軟"_s,   u"Meta"_s,      u"亞馬遜"_s, u"谷歌"_s, u"甲骨文"_s,
                                u"OpenAI"_s, u"CoreWeave"_s, u"特斯拉"_s, u"xAI"_s};
const QStringList kTopics = {u"推理"_s,   u"訓練"_s,   u"算力"_s,      u"數據中心"_s,    u"生成式人工智能"_s,
                             u"代理AI"_s, u"物理AI"_s, u"inference"_s, u"AI factories"_s};
const QStringList kQuarters = {u"一財季"_s, u"二財季"_s, u"三財季"_s, u"四財季"_s};

struct Person
{
    QString name;
    QString title;
    QString firm;
};
const QList<Person> kExecutives = {
    {u"黃仁勳"_s, u"首席執行官"_s, {}},         {u"科萊特"_s, u"首席財務官"_s, {}},
    {u"Jensen Huang"_s, u"CEO"_s, {}},          {u"Colette Kress"_s, u"CFO"_s, {}},
    {u"蘇姿豐"_s, u"董事長兼首席執行官"_s, {}}, {u"魏哲家"_s, u"總裁"_s, {}},
};
const QList<Person> kAnalysts = {
    {u"C.J. Muse"_s, {}, u"Cantor Fitzgerald"_s},
    {u"Joe Moore"_s, {}, u"Morgan Stanley"_s},
    {u"Vivek Arya"_s, {}, u"Bank of America"_s},
    {u"Harlan Sur"_s, {}, u"JPMorgan"_s},
    {u"Timothy Arcuri"_s, {}, u"UBS"_s},
    {u"Ben Reitzes"_s, {}, u"Melius Research"_s},
    {u"Stacy Rasgon"_s, {}, u"Bernstein"_s},
    {u"Aaron Rakers"_s, {}, u"Wells Fargo"_s},
    {u"Atif Malik"_s, {}, u"Citi"_s},
    {u"王先生"_s, {}, u"中金公司"_s},
};
const QList<std::pair<QString, QString>> kCompanies = {
    {u"NVDA"_s, u"NVIDIA"_s}, {u"AMD"_s, u"AMD"_s}, {u"TSM"_s, u"TSMC"_s}, {u"AVGO"_s, u"Broadcom"_s}};

// Everything Chinese in both scripts, converted once.
struct Pools
{
    QStringList chinese[2];
    QStringList customers[2];
    QStringList topics[2];
    QStringList quarters[2];
    QList<Person> executives[2];
    QList<Person> analysts[2];

    Pools()
    {
        const ChineseConverter &t2s =
            ChineseConverter::instance(ChineseConverter::Conversion::TraditionalToSimplified);
        const auto both = [&](const QStringList &traditional, QStringList *out) {
            out[0] = traditional;
            for (const QString &s : traditional)
                out[1] << t2s.convert(s);
        };
        both(kChineseSentences, chinese);
        both(kCustomers, customers);
        both(kTopics, topics);
        both(kQuarters, quarters);
        for (const Person &p : kExecutives) {
            executives[0] << p;
            executives[1] << Person{t2s.convert(p.name), t2s.convert(p.title), p.firm};
        }
        for (const Person &p : kAnalysts) {
            analysts[0] << p;
            analysts[1] << Person{t2s.convert(p.name), p.title, t2s.convert(p.firm)};
        }
    }
};

const Pools &pools()
{
    static const Pools instance;
    return instance;
}

QString fullWidth(const QString &ascii)
{
    QString result = ascii;
    for (QChar &c : result) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7F)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return result;
}

class Generator
{
public:
    Generator(quint32 seed, bool simplified) : m_random(seed), m_script(simplified ? 1 : 0) {}

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(quint32(list.size()))));
    }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }

    QString product()
    {
        const QString name = pick(kProducts);
        const int style = between(0, 99);
        if (style < 5)
            return name.toUpper();
        if (style < 10)
            return name.toLower();
        if (style < 13)
            return fullWidth(name);
        return name;
    }

    QString fill(QString sentence)
    {
        const Pools &p = pools();
        sentence.replace(u"{P}"_s, product());
        sentence.replace(u"{C}"_s, pick(p.customers[m_script]));
        sentence.replace(u"{T}"_s, pick(p.topics[m_script]));
        sentence.replace(u"{Q}"_s, pick(p.quarters[m_script]));
        sentence.replace(u"{N}"_s, u"%1.%2"_s.arg(between(5, 1400)).arg(between(10, 99)));
        sentence.replace(u"{R}"_s, QString::number(between(2, 120)));
        return sentence;
    }

    QString sentence(int englishPercent)
    {
        const Pools &p = pools();
        return chance(englishPercent) ? fill(pick(kEnglishSentences)) : fill(pick(p.chinese[m_script]));
    }

    QString turnText(int englishPercent)
    {
        QString text;
        const int target = between(130, 400);
        while (text.toUtf8().size() < target) {
            if (!text.isEmpty())
                text += chance(15) ? u"\n"_s : (text.back().unicode() < 0x80 ? u" "_s : QString());
            text += sentence(englishPercent);
        }
        return text;
    }

    const Person &executive() { return pick(pools().executives[m_script]); }
    const Person &analyst() { return pick(pools().analysts[m_script]); }
    int script() const { return m_script; }

private:
    QRandomGenerator m_random;
    int m_script;
};

ParsedTurn makeTurn(const QString &speaker, const QString &title, const QString &firm, const char *role,
                    int question, const QString &text)
{
    ParsedTurn turn;
    turn.speaker = speaker;
    turn.speakerTitle = title;
    turn.firm = firm;
    turn.role = QString::fromLatin1(role);
    turn.question = question;
    turn.text = text;
    return turn;
}

} // namespace

SyntheticCorpus::Call SyntheticCorpus::call(int index) const
{
    Call call;
    call.simplified = index % 2 == 1;
    Generator gen(m_seed ^ (quint32(index) * 2654435761u), call.simplified);
    ParsedTranscript &t = call.transcript;
    t.source = u"https://example.com/synthetic/%1"_s.arg(index);

    ParsedSection article{SectionKind::Article, {}};
    article.turns << makeTurn({}, {}, {}, Role::Narrator, 0,
                              u"Synthetic call %1. "_s.arg(index) + gen.turnText(10));
    for (int i = gen.between(3, 5); i > 0; --i)
        article.turns << makeTurn({}, {}, {}, Role::Narrator, 0, gen.turnText(10));

    ParsedSection commentary{SectionKind::Commentary, {}};
    const QString investor = u"段永平"_s;
    const QString comments = gen.script() ? u"评论区"_s : u"評論區"_s;
    for (int i = gen.between(4, 6); i > 0; --i) {
        const bool fromInvestor = gen.chance(60);
        commentary.turns << makeTurn(fromInvestor ? investor : comments, {}, {},
                                     fromInvestor ? Role::Investor : Role::Commenter, 0, gen.turnText(5));
    }

    ParsedSection prepared{SectionKind::Prepared, {}};
    for (int i = gen.between(6, 9); i > 0; --i) {
        const Person &who = gen.executive();
        prepared.turns << makeTurn(who.name, who.title, {}, Role::Executive, 0, gen.turnText(35));
    }

    ParsedSection qa{SectionKind::QA, {}};
    int turns = int(article.turns.size() + commentary.turns.size() + prepared.turns.size());
    for (int question = 1; turns < 100; ++question) {
        const Person &asker = gen.analyst();
        const bool named = gen.chance(85);
        qa.turns << makeTurn(named ? asker.name : QString(), {}, named ? asker.firm : QString(),
                             Role::Analyst, question, gen.turnText(40));
        ++turns;
        for (int i = gen.between(2, 5); i > 0 && turns < 100; --i, ++turns) {
            const Person &who = gen.executive();
            qa.turns << makeTurn(who.name, who.title, {}, Role::Executive, question, gen.turnText(30));
        }
    }
    t.sections = {article, commentary, prepared, qa};
    t.title = u"Synthetic call %1"_s.arg(index);

    QStringList lines{t.source};
    for (const ParsedSection &section : std::as_const(t.sections)) {
        for (const ParsedTurn &turn : section.turns)
            lines << (turn.speaker.isEmpty() ? turn.text : turn.speaker + u':' + turn.text);
    }
    const auto &[ticker, company] = kCompanies.at(index % kCompanies.size());
    CallMetadata &meta = call.meta;
    meta.companyTicker = ticker;
    meta.companyName = company;
    meta.fiscalPeriod = u"FY%1Q%2"_s.arg(2022 + (index / 4) % 4).arg(index % 4 + 1);
    meta.callDate = QDate(2022, 1, 1).addDays(index);
    meta.title =
        u"%1 synthetic call %2 (%3)"_s.arg(ticker).arg(index).arg(call.simplified ? u"简体"_s : u"繁體"_s);
    meta.fileName = u"synthetic-%1.txt"_s.arg(index, 4, 10, QChar(u'0'));
    meta.encoding = u"UTF-8"_s;
    meta.originalText = lines.join(u'\n');
    meta.contentHash = CallImporter::contentHash(meta.originalText);
    return call;
}

QString plainText(const ParsedTranscript &transcript)
{
    QStringList lines;
    for (const ParsedSection &section : transcript.sections) {
        for (const ParsedTurn &turn : section.turns)
            lines << (turn.speaker.isEmpty() ? turn.text : turn.speaker + u": "_s + turn.text);
    }
    return lines.join(u'\n');
}
