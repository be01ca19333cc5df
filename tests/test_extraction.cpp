// Indicator extraction: each core key from sentences that state it and not from sentences that
// only look alike; changes are not levels; scope decides headlines; tables, zeros in words and
// 分别 lists; and the seed reports scored against their hand-checked answers.
#include "extractionscore.h"
#include "reportanalysis.h"
#include "reportjson.h"
#include "reportrows.h"
#include "textfold.h"
#include "textreflow.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace fz;

namespace {
// "key=value" for every mention, in text order; a trailing * marks the headline.
QStringList found(const QString &text, bool headlines = false)
{
    QStringList out;
    for (const Mention &m : analyseText(text).mentions) {
        QString v = QString::number(m.value, 'g', 12);
        out << m.key + QLatin1Char('=') + v + (headlines && m.headline ? QStringLiteral("*") : QString());
    }
    return out;
}
QString wrap(const QString &body)
{
    return QStringLiteral("某区2020年法治政府建设情况报告\n") + body;
}
}

class TestExtraction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positive_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *s, std::initializer_list<const char *> e) {
            QStringList l;
            for (const char *x : e) l << QString::fromUtf8(x);
            QTest::newRow(s) << QString::fromUtf8(s) << l;
        };
        row("全年共收到行政复议申请36件。", {"reconsideration.received=36"});
        row("区政府接收行政复议申请21件。", {"reconsideration.received=21"});
        row("全年受理5起行政复议案件。", {"reconsideration.accepted=5"});
        row("共受理行政复议申请14件，审结13件，直接纠错案件6件。", {"reconsideration.accepted=14", "reconsideration.concluded=13", "reconsideration.corrected=6"});
        row("收到行政复议申请并立案13件。", {"reconsideration.accepted=13", "reconsideration.received=13"});
        row("经审理共作出行政复议决定42件。", {"reconsideration.concluded=42"});
        row("行政复议案件办结19件，其中撤销2件。", {"reconsideration.concluded=19", "reconsideration.corrected=2"});
        row("受理、审结行政复议案件分别为21件、19件。", {"reconsideration.accepted=21", "reconsideration.concluded=19"});
        row("全年实施行政处罚259件，罚没款219.4万元。", {"penalty.cases=259", "penalty.amount=2194000"});
        row("共作出各类行政处罚121675宗，罚没金额4513.423万元。", {"penalty.cases=121675", "penalty.amount=45134230"});
        row("行政處罰共立案13790件。", {"penalty.cases=13790"});
        row("录入行政处罚信息2396条。", {"penalty.cases=2396"});
        row("处罚8起，罚款650元。", {"penalty.cases=8", "penalty.amount=650"});
        row("全年开展执法检查1200宗次，查处违法案件35宗次。", {"enforcement.inspections=1200", "penalty.cases=35"});
        row("罚款0.39万元。", {"penalty.amount=3900"});
        row("罚没收入1.35亿元。", {"penalty.amount=135000000"});
        row("全年办理行政应诉(含被复议)案件50件。", {"litigation.cases=50"});
        row("受理滨海新区人民法院行政诉讼案件9件。", {"litigation.cases=9"});
        row("其中行政负责人出庭应诉案件7件。", {"court.appearances=7"});
        row("行政机关负责人出庭应诉率达93.75%。", {"court.appearance_rate=93.75"});
        row("负责人出庭应诉23次。", {"court.appearances=23"});
        row("全年共开展行政检查11011家次。", {"enforcement.inspections=11011"});
        row("共開展行政執法檢查26458次。", {"enforcement.inspections=26458"});
        row("制作行政执法检查记录897\u00a0\u00a0件。", {"enforcement.inspections=897"});
        row("开展执法检查一万二千次。", {"enforcement.inspections=12000"});
        row("全年受理行政复议案件二十三件。", {"reconsideration.accepted=23"});
        row("全年受理行政复议案件５００余件。", {"reconsideration.accepted=500"});
        row("对辖区道路运输企业开展“双随机”抽查214家次。", {"enforcement.inspections=214"});
        row("全省开展“双随机、一公开”抽查127,460户次。", {"enforcement.inspections=127460"});
        row("全市開展「雙隨機」抽查2,318次。", {"enforcement.inspections=2318"});
        row("全年共立案查处违法用地案件46件、违法采矿案件7件。", {"penalty.cases=46", "penalty.cases=7"});
        row("以省政府为被申请人的案件412件。", {"reconsideration.accepted=412"});
        row("一年来，全市各执法部门共开展行政执法检查9.6万次。", {"enforcement.inspections=96000"});
        row("2020年以来，全区共受理行政复议申请36件。", {"reconsideration.accepted=36"});
        row("2020年1—12月，全县实施行政处罚1,964件。", {"penalty.cases=1964"});
        row("截至2020年12月底，全区共受理行政复议申请32件。", {"reconsideration.accepted=32"});
        row("全年办理行政复议案件286件（其中新收261件、上年结转25件）。",
            {"reconsideration.accepted=286", "reconsideration.received=261", "reconsideration.accepted=25"});
        row("共办理行政处罚案件12,468件。其中，一般程序案件3,215件、简易程序案件9,253件。",
            {"penalty.cases=12468", "penalty.cases=3215", "penalty.cases=9253"});
        row("全县共办理行政处罚案件1,478件（其中适用简易程序526件），罚没款2,163.8万元。",
            {"penalty.cases=1478", "penalty.cases=526", "penalty.amount=21638000"});
        // A form's name right before the number says what was counted; a law's name does not.
        row("全年下达《税务行政处罚决定书》2,364份。", {"penalty.cases=2364"});
        row("对辖区企业开展“双随机”抽查214家次。", {"enforcement.inspections=214"});
        row("以县公安局为被告的行政诉讼案件9件（其中治安管理处罚类7件）。", {"litigation.cases=9", "litigation.cases=7"});
    }
    void positive()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, expected);
        QCOMPARE(found(wrap(sentence)), expected);
    }
    void negative_data()
    {
        QTest::addColumn<QString>("sentence");
        for (const char *s : {
                 "出庭应诉率达93.75%，比2019年提高34.83%。",           // only the level
                 "实施行政强制措施58件，12件案件移送公安机关处理。",
                 "全年共检查生产经营单位7170家次。",                 // not an enforcement inspection phrase
                 "参与行政处罚审核、行政裁决、行政复议、行政诉讼等工作45件。",
                 "驳回申请人的行政复议申请3件，行政复议终止4件。",
                 "出动执法人员3200人次，培训800人次。",
                 "根据《行政复议法》〔2017〕12号文件精神，认真做好行政复议工作。",
                 "行政处罚案件比上年下降3件。",
                 "罚没款同比增长12%。",
                 "出庭率提高2.5个百分点。",
                 "处理劳动争议案件508件，涉案金额2500余万元。",
                 "1.加强行政复议工作。",
                 "深入开展八五普法，落实三项制度。",
                 "拨打12345热线反映行政处罚问题。",
                 "法律顾问参与行政复议、行政诉讼等法律事务40件。",
                 // Another kind of request in a paragraph about reconsideration.
                 "坚持把行政复议作为检验执法质量的标尺。畅通城市管理服务热线，全年受理市民投诉举报4.6万件。",
                 "抽查行政处罚、行政许可案卷260宗，发现问题案卷147卷。",
                 "开展作风建设，查处“庸懒散”问题11起。",
                 // Other periods than the report's year (2020).
                 "1—11月全县行政执法机关办理行政处罚案件一千一百八十六件、罚没款592.3万元。",
                 "五年来，全区累计办理行政处罚案件2146件、罚没款1120.5万元，全区行政应诉案件61件。",
                 "2016年以来，县人民政府累计受理行政复议案件八十七件。",
                 "“十三五”期间，全市累计受理行政复议案件2100余件。",
                 "前三季度全县开展行政检查6,118次。",
                 "受疫情影响，上半年仅开展执法检查503次、实施行政处罚37件。",
                 "月均开展执法检查二百五十余次。",
                 "截至2020年11月底，全区共受理行政复议申请30件。",
                 "移送公安机关行政拘留案件58件、涉嫌环境污染犯罪案件19件。",
                 // Ranges state no level; nor does the number of hearings an official should attend.
                 "各镇街综合执法机构办理行政处罚案件20—60件不等。",
                 "各乡镇每季度开展综合执法检查五至八次。",
                 "各县分局查处案件30件至70件不等。",
                 "应出庭2,036件。",
                 // Objects of an action counted again.
                 "对被撤销的1件工伤认定决定，及时重新作出认定。",
                 "学习《行政处罚法》12次。",
                 "此前稿件中“开展行政检查2,798次、办理行政处罚案件1,274宗”为11月底统计数。",
                 "县均办理行政处罚案件约1,473件。",
                 "开展行政执法监督检查4次。",
                 // Bounds and marks: how many units pass a mark is no level.
                 "同一企业全年检查不超过两次。",
                 "7个辖市区中有6个罚没款超过1,500万元。",
                 "其余辖市区受理行政复议案件均在60件以下。",
             })
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void negative()
    {
        QFETCH(QString, sentence);
        QStringList core;
        for (const QString &f : found(wrap(sentence)))
            if (f.startsWith(QLatin1String("reconsideration.")) || f.startsWith(QLatin1String("penalty.")) ||
                f.startsWith(QLatin1String("litigation.cases")) || f.startsWith(QLatin1String("court.")) ||
                f.startsWith(QLatin1String("enforcement.inspections")))
                core << f;
        if (sentence.contains(u'%') && sentence.contains(QLatin1String("93.75")))
            QCOMPARE(core, QStringList{QStringLiteral("court.appearance_rate=93.75")});
        else
            QVERIFY2(core.isEmpty(), qPrintable(core.join(u' ')));
    }
    void furtherKeys()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "年内共制发行政规范性文件3件。全年办理人大建议、政协提案288件。聘请法律顾问8名。"
            "全年受理各类信访事项1011件次，同比上升2.5%。排查各类矛盾纠纷1760件，调解成功率97.84%。"
            "政府网站主动公开政府信息3511条。办理信息公开申请15件。区政府直属行政执法部门持证执法人员1618人。")));
        for (const char *k : {"documents.normative=3", "proposals.handled=288", "legal_advisers=8", "petitions=1011",
                              "mediation.cases=1760", "mediation.success_rate=97.84", "disclosure.published=3511",
                              "disclosure.requests=15", "enforcement.certified_officers=1618"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), k);
        QVERIFY(!f.contains(QStringLiteral("petitions=2.5")));
    }
    void zeroInWords()
    {
        QVERIFY(found(wrap(QStringLiteral("2020年，全区未发生行政诉讼案件。"))).contains(QStringLiteral("litigation.cases=0")));
        QVERIFY(found(wrap(QStringLiteral("全年零复议。"))).contains(QStringLiteral("reconsideration.accepted=0")));
        // A slogan is not a count.
        QVERIFY(!found(wrap(QStringLiteral("努力实现零复议、零诉讼。"))).join(u' ').contains(QLatin1String("=0")));
    }
    void headlineIsTheWholeBodysFigure()
    {
        const QString text = wrap(QStringLiteral(
            "在市场监管方面，我区市场监管部门加强监管。全年共开展行政检查11011家次，实施行政处罚259件，罚没款219.4万元。\n"
            "各街镇年内共实施行政执法检查21034次；实施一般程序行政处罚174件。\n"
            "区建委严格执行裁量基准，全年实施行政处罚24件，罚款金额1024.9万元。\n"
            "2020年区属各行政执法机关共录入行政执法检查信息45534条，行政处罚信息2396条。"));
        const QStringList f = found(text, true);
        QVERIFY2(f.contains(QStringLiteral("enforcement.inspections=45534*")), qPrintable(f.join(u' ')));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=2396*")));
        QVERIFY(f.contains(QStringLiteral("enforcement.inspections=11011")));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=24")));
        // Only departments state fines: no headline.
        QVERIFY(!f.join(u' ').contains(QLatin1String("penalty.amount=2194000*")));
        QVERIFY(!f.join(u' ').contains(QLatin1String("penalty.amount=10249000*")));
    }
    void partsAndCarryOversAreNotHeadlines()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "2020年，区政府收到行政复议申请36件，受理30件，转结上年度已受理未结案行政复议案件13件，经审理共作出行政复议决定42件。"
            "提起行政诉讼的案件29件，其中24件已经法院审结。行政处罚共立案13790件，其中结案7349件。")), true);
        for (const char *k : {"reconsideration.received=36*", "reconsideration.accepted=30*", "reconsideration.accepted=13",
                              "reconsideration.concluded=42*", "litigation.cases=29*", "litigation.cases=24",
                              "penalty.cases=13790*", "penalty.cases=7349"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void partsAfterASemicolonAndAQuotedSlogan()
    {
        // 其中 takes the topic of the sentence before it, across that sentence's semicolon; the
        // clause after the next semicolon is another part. 查一次 in a quoted reform is no count.
        const QStringList f = found(wrap(QStringLiteral(
            "全年立案查处各类交通运输违法案件1637起，较2016年的1418起增长15.4%；罚款金额合计3862400元。"
            "其中超限超载案件412起，罚款1894500元；非法营运（“黑车”）案件286起，罚款1430000元。\n"
            "全市開展行政檢查11.7萬次，其中“綜合查一次”聯合檢查3216次。")), true);
        for (const char *k : {"penalty.cases=1637*", "penalty.cases=412", "penalty.cases=286", "penalty.amount=3862400*",
                              "enforcement.inspections=117000*", "enforcement.inspections=3216"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        QVERIFY2(!f.contains(QStringLiteral("enforcement.inspections=1")), qPrintable(f.join(u' ')));
        QVERIFY(!f.join(u' ').contains(QLatin1String("=1418")));
    }
    void lastYearsValueQuotedBeforeTheNewLevel()
    {
        // 上年 here names last year's rate, not a carried-over part: 84.91 is this year's level.
        const QStringList f = found(wrap(QStringLiteral(
            "2020年，全区行政机关负责人出庭应诉率由上年的73.2%提高到84.91%。")), true);
        QVERIFY2(f.contains(QStringLiteral("court.appearance_rate=84.91*")), qPrintable(f.join(u' ')));
        QVERIFY(!f.join(u' ').contains(QLatin1String("=73.2")));
    }
    void publishedPenaltyRecordsCount()
    {
        // INDICATORS.md: 处罚信息 N条 is a count of penalties, also where it is published (双公示).
        const QStringList f = found(wrap(QStringLiteral("全年通过信用网站公示行政处罚信息1234条。")), true);
        QVERIFY2(f.contains(QStringLiteral("penalty.cases=1234*")), qPrintable(f.join(u' ')));
    }
    void aFigureStatedOnceBesideACampaignsIsTheHeadline()
    {
        // No 全年 in its own part, but the only figure besides one campaign's.
        const QStringList f = found(wrap(QStringLiteral(
            "坚持以市容环境为重点，全年共开展行政执法检查4120次；依法作出行政处罚决定218件，罚款18.65万元。"
            "开展占道经营专项整治，查处违法行为47起。")), true);
        QVERIFY2(f.contains(QStringLiteral("penalty.cases=218*")), qPrintable(f.join(u' ')));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=47")));
    }
    void aSentenceNamingTheBodyLeavesTheParagraphsDepartmentAlsoAfterQizhong()
    {
        // The paragraph opens with a department; the next sentence names the district, and what
        // follows its 其中 parts (the appearance rate) is still the district's.
        const QStringList f = found(wrap(QStringLiteral(
            "2020年，区行政复议局共收到行政复议申请147件，受理142件。全年全区共发生行政诉讼案件39件，"
            "其中一审案件30件，二审案件9件，行政机关负责人出庭应诉率89.74%。")), true);
        for (const char *k : {"litigation.cases=39*", "litigation.cases=30", "court.appearance_rate=89.74*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void casesBeforePeopleAndAnAdditionalFigureIsNoWhole()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "全年区行政复议局收案387件，受理361件，审结352件。另有以区政府为被申请人的案件26件，由市人民政府依法审理。\n"
            "全区行政机关负责人出庭应诉案件183件、出庭196人次。")), true);
        for (const char *k : {"reconsideration.accepted=361*", "reconsideration.accepted=26", "court.appearances=183*",
                              "court.appearances=196"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void campaignFigureYieldsToTotal()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "全年全区共作出各类行政处罚121675宗。全年在食品药品等重点领域开展行政检查11054次，行政处罚761宗。")), true);
        QVERIFY(f.contains(QStringLiteral("penalty.cases=121675*")));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=761")));
        QVERIFY(f.contains(QStringLiteral("enforcement.inspections=11054*"))); // the only one stated
    }
    void sectionHeadedByADepartment()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "1.城市综合执法工作:街综合执法大队加大执法力度,2023年实施行政处罚9起,罚款650元。\n"
            "在贯彻落实条例的同时,2023年实施行政处罚41起,罚款24879.5元。\n"
            "2.行政复议工作:2023年,共计受理行政复议案件16件。")), true);
        QVERIFY(f.contains(QStringLiteral("penalty.cases=9")));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=41")));
        QVERIFY(!f.join(u' ').contains(QLatin1String("penalty.cases=41*")));
        QVERIFY(f.contains(QStringLiteral("reconsideration.accepted=16*")));
    }
    void aTownshipsOwnEnforcementTeamSpeaksForIt()
    {
        // In a street's report its own comprehensive enforcement team enforces in its name…
        const QString title = QStringLiteral("重庆市江北区观音桥街道2018年法治政府建设情况报告\n");
        QStringList f = found(title + QStringLiteral(
            "1.街道综合执法。街道综合执法大队全年共开展各类行政执法检查4120次；依法作出行政处罚决定218件，罚款18.65万元。\n"
            "配合区城市管理综合行政执法局观音桥中队开展联合执法检查180次。"), true);
        for (const char *k : {"enforcement.inspections=4120*", "penalty.cases=218*", "penalty.amount=186500*", "enforcement.inspections=180"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        // …unless another department states the same figures: then it is one of several.
        f = found(title + QStringLiteral(
            "街综合执法大队全年共开展执法检查497次，立案查处行政处罚案件370件。\n"
            "街城管执法中队全年共开展执法检查2600次，立案查处行政处罚案件79件。"), true);
        QVERIFY2(f.contains(QStringLiteral("penalty.cases=370")) && f.contains(QStringLiteral("penalty.cases=79")), qPrintable(f.join(u' ')));
        QVERIFY(!f.join(u' ').contains(u'*'));
    }
    void aQizhongSentenceIsPartsAcrossItsSemicolonsAndOfTheWholeSentenceBefore()
    {
        // 其中 opening a full sentence: every figure of it is a part, also after its semicolon,
        // and the whole may stand anywhere in the full sentence before (past its semicolon).
        QStringList f = found(wrap(QStringLiteral(
            "全年街道立案查处违法案件123件，比上年减少3件，罚没款32.6万元。其中，查处违法建设案件18件，"
            "拆除违法建筑面积约2600平方米；查处占道经营等市容环境类案件86件。")), true);
        f += found(wrap(QStringLiteral(
            "立案查处环境违法案件增至486件，较上年多出41件；罚没款9,872.6万元，同比增长12.3%。"
            "其中，直属支队查处案件132件、罚款3,126.45万元；各分局查处案件30—70件不等。")), true);
        for (const char *k : {"penalty.cases=123*", "penalty.cases=18", "penalty.cases=86", "penalty.cases=486*",
                              "penalty.cases=132", "penalty.amount=98726000*", "penalty.amount=31264500"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        QVERIFY2(!f.join(u' ').contains(QLatin1String("=70")), qPrintable(f.join(u' ')));
    }
    void appearancesRequiredAreNotAppearances()
    {
        // 应出庭 counts the hearings that called for an official; 实际出庭 those attended. The
        // 应出庭尽出庭 slogan is no such word.
        const QStringList f = found(wrap(QStringLiteral(
            "全区行政诉讼案件12件，应出庭10件、实际出庭9件。落实应出庭尽出庭要求负责人出庭应诉36件。")), true);
        QVERIFY2(f.contains(QStringLiteral("court.appearances=9*")), qPrintable(f.join(u' ')));
        QVERIFY2(f.contains(QStringLiteral("court.appearances=36")), qPrintable(f.join(u' ')));
        QVERIFY2(!f.contains(QStringLiteral("court.appearances=10")), qPrintable(f.join(u' ')));
    }
    void aTableColumnWithoutATopicTakesItsNeighboursFamily()
    {
        // 案件数 beside 罚没金额 counts penalty cases; a 千元 column is scaled and its header is no
        // thousand yuan.
        const QStringList f = found(wrap(QStringLiteral(
            "主要执法领域办案情况如下表：\n| 执法领域 | 案件数（件） | 罚没金额（千元） |\n| 食品安全 | 186 | 1,286.40 |\n"
            "| 特种设备 | 37 | 418.20 |\n| 合计 | 223 | 1,704.60 |\n")), true);
        for (const char *k : {"penalty.cases=186", "penalty.cases=37", "penalty.cases=223*", "penalty.amount=1286400",
                              "penalty.amount=1704600*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        QVERIFY2(!f.contains(QStringLiteral("penalty.amount=1000")), qPrintable(f.join(u' ')));
    }
    void linesBrokenByAPdfPageAreReadJoined()
    {
        // A report copied out of a PDF: every line cut at the page's width, a figure split by
        // the break, a page number and a running head between the halves of a sentence. The
        // values are read whole and point at the original text, break included.
        QString body = QStringLiteral(
            "2018年，全区各行政执法部门共开展行政检查8,215次，办理行政处罚案件2,365件，罚没款1,234.5万元，"
            "行政处罚案件数比上年增加213件。区政府全年共收到行政复议申请58件，依法受理52件，不予受理4件；审结49件，"
            "其中通过撤销、确认违法等方式纠错7件，其余3件结转下年办理。全区共发生行政应诉案件96件，行政机关负责人出庭应"
            "诉71件，出庭应诉率74.0%。深入推进大调解工作体系建设，全区各级调解组织调解矛盾纠纷4,812件，调解成功率97.6%。");
        auto wrapAt = [&](int width) {
            QString wrapped;
            int column = 0, line = 0;
            for (const QChar c : body) {
                wrapped += c;
                column += c.unicode() < 0x1100 ? 1 : 2;
                if (column >= width) {
                    wrapped += u'\n';
                    column = 0;
                    if (++line == 3) // a page ends here
                        wrapped += QStringLiteral("\n— 1 —\n\n某区人民政府关于2018年法治政府建设情况的报告\n");
                }
            }
            return wrapped;
        };
        // A page width that breaks the line inside 1,234.5万元.
        const QRegularExpression split(QStringLiteral("罚没款[0-9,.]+\n[0-9,.]+万元"));
        QString wrapped;
        for (int width = 40; width <= 90 && !split.match(wrapped).hasMatch(); ++width)
            wrapped = wrapAt(width);
        QVERIFY(split.match(wrapped).hasMatch());
        const QString text = QStringLiteral("某区人民政府关于2018年法治政府建设情况的报告\n") + wrapped +
                             QStringLiteral("\n\n— 2 —\n\n某区人民政府关于2018年法治政府建设情况的报告\n");
        const ReportAnalysis a = analyseText(text);
        QStringList f;
        for (const Mention &m : a.mentions)
            f << m.key + u'=' + QString::number(m.value, 'g', 12) + (m.headline ? QStringLiteral("*") : QString());
        for (const char *k : {"enforcement.inspections=8215*", "penalty.cases=2365*", "penalty.amount=12345000*",
                              "reconsideration.received=58*", "reconsideration.accepted=52*", "reconsideration.concluded=49*",
                              "reconsideration.corrected=7*", "litigation.cases=96*", "court.appearances=71*",
                              "court.appearance_rate=74*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        for (const Mention &m : a.mentions) {
            const QString stated = a.text.mid(m.start, m.end - m.start);
            QVERIFY2(QString(stated).remove(u'\n').remove(QStringLiteral("— 1 —")).remove(u' ').size() > 0, qPrintable(stated));
            if (m.key == QLatin1String("penalty.amount"))
                QVERIFY2(stated.startsWith(u'1') && stated.endsWith(QStringLiteral("万元")) && stated.contains(u'\n'),
                         qPrintable(stated));
        }
        // Text laid out as paragraphs is left as it is: no line of it is joined to the next.
        // Where the value is shown and exported, its sentence reads as one line.
        bool sentenceSeen = false;
        for (const MentionRow &row : reportRows(a).mentions) {
            if (row.key != QLatin1String("penalty.amount") || row.value != 12345000)
                continue;
            sentenceSeen = true;
            QVERIFY2(!row.sentence.contains(u'\n') && row.sentence.contains(QStringLiteral("罚没款1,234.5万元")), qPrintable(row.sentence));
        }
        QVERIFY(sentenceSeen);
        QString paragraphs = QStringLiteral("某区2020年法治政府建设情况报告\n");
        for (int i = 0; i < 10; ++i)
            paragraphs += body.left(20 + 7 * i) + u'\n';
        const QString folded = fold(paragraphs);
        QVERIFY(!reflowHardWrapped(paragraphs, folded, detectPageLayout(folded)).changed());
        QVERIFY(reflowHardWrapped(text, fold(text), detectPageLayout(fold(text))).changed());
    }
    void aTableOfContentsIsNoPlanAndSpacedHeadingsCount()
    {
        const QStringList f = found(QStringLiteral(
            "某市2016年法治政府建设情况报告\n目    录\n一、总体情况 ………………………… 1\n"
            "二、存在的问题和2017年工作打算 ………………………… 3\n\n一 、 总 体 情 况\n"
            "全年全市办理行政处罚案件3,217件。\n二 、 存 在 的 问 题 和 2017 年 工 作 打 算\n"
            "2017年力争办理行政处罚案件4000件。\n"));
        QCOMPARE(f, QStringList{QStringLiteral("penalty.cases=3217")});
    }
    void aTableLaidOutWithSpacesAndItsRemarks()
    {
        // Columns apart by runs of spaces (a PDF's table); a remark cell states figures of its own.
        const QStringList f = found(wrap(QStringLiteral(
            "主要数据如下：\n项    目                    数    量        备    注\n"
            "行政执法检查（次）          12,640          其中双随机抽查1,852次\n"
            "行政复议申请（件）          46              依法受理42件\n"
            "行政应诉案件（件）          131\n")), true);
        for (const char *k : {"enforcement.inspections=12640*", "enforcement.inspections=1852", "reconsideration.received=46*",
                              "reconsideration.accepted=42*", "litigation.cases=131*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void itemsUnderAColonAreParts()
    {
        // A town's own 综合执法中心 speaks for it; a campaign after the figures of an earlier part
        // of the sentence is not the later part's; items under 具体为： are parts.
        const QStringList f = found(QStringLiteral(
            "武昌区中南路街道2020年法治政府建设情况报告\n街道综合执法中心全年开展执法检查1,326次，其中疫情防控专项检查862次；"
            "办理行政处罚案件143件，罚款28.65万元。具体为：\n①查处违法建设案件21件，罚款6.45万元；\n②查处占道经营案件9件。\n"), true);
        for (const char *k : {"enforcement.inspections=1326*", "enforcement.inspections=862", "penalty.cases=143*",
                              "penalty.amount=286500*", "penalty.cases=21", "penalty.amount=64500", "penalty.cases=9"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void theTitlesOfOtherPagesListedUnderRelatedReadingAreChrome()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "全年受理行政复议案件52件。\n【打印本页】  【关闭窗口】\n相关阅读：\n· 某区人民政府关于2019年度法治政府建设情况的报告\n"
            "· 2019年某区行政复议收案61件 直接纠错8件\n")), true);
        QCOMPARE(f, QStringList{QStringLiteral("reconsideration.accepted=52*")});
    }
    void dataListsCardsAndBulletedItems()
    {
        // 行政执法检查：3,286次 (label and value on one line), a data card's label on the line above
        // its value, and bulleted items continuing the items above them under their heading. A
        // figure stated twice, never for the whole body, with the same value, is the headline.
        const QStringList f = found(QStringLiteral(
            "某县2018年法治政府建设情况报告\n全年开展行政检查\n1.26万次\n负责人出庭应诉率\n100%\n"
            "主要数据如下：\n行政处罚案件：764件\n罚没款：312.48万元\n🔹 行政复议\n👉 收到行政复议申请238件\n👉 受理217件\n"
            "👉 审结204件\n行政机关负责人出庭应诉173件，出庭应诉率100%。\n"), true);
        for (const char *k : {"enforcement.inspections=12600*", "penalty.cases=764*", "penalty.amount=3124800*",
                              "reconsideration.received=238*", "reconsideration.accepted=217*", "reconsideration.concluded=204*",
                              "court.appearance_rate=100*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void sectorWordsAndAZeroPenaltyStatement()
    {
        QStringList f = found(wrap(QStringLiteral("全年共实施税务检查1,148户次。查处问题线索41条。")), true);
        QCOMPARE(f, QStringList{QStringLiteral("enforcement.inspections=1148*")});
        f = found(QStringLiteral("永嘉县教育局2020年法治政府建设年度报告\n全年本局未作出行政处罚决定。"), true);
        QCOMPARE(f, QStringList{QStringLiteral("penalty.cases=0*")});
    }
    void aTableWithAHeaderOnTwoRowsAndACategoryColumn()
    {
        // What an HTML table with rowspan and colspan becomes: the header's two rows read
        // together (数量 over 全省 | 其中：省本级), the category column gives the topic.
        const QStringList f = found(QStringLiteral(
            "某省2019年法治政府建设情况报告\n类别 | 项目 | 数量 | 数量\n类别 | 项目 | 全省 | 其中:省本级\n"
            "行政复议 | 收到申请(件) | 3,862 | 614\n行政复议 | 受理(件) | 3,517 | 562\n行政应诉 | 出庭应诉率(%) | 73.8 | 39.6\n"), true);
        for (const char *k : {"reconsideration.received=3862*", "reconsideration.received=614", "reconsideration.accepted=3517*",
                              "reconsideration.accepted=562", "court.appearance_rate=73.8*", "court.appearance_rate=39.6"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void aTownshipsReportLeavesOutItsCountysAndStationedBureausFigures()
    {
        // In a town's report: the county's whole (全县…) and a county bureau's unit stationed in the
        // town state no figure of the town's; the town's own statements (我镇, 镇综合执法队) do. Zero
        // statements in more forms.
        const QStringList f = found(QStringLiteral(
            "礼泉县烟霞镇2016年依法行政工作报告\n2016年全县共受理行政复议案件二十三件。"
            "县食品药品监督管理局派驻的烟霞食品药品监管所全年检查食品经营户一千三百余户次、查处案件十五件。"
            "县市场监管局烟霞市场监管所在我镇辖区开展食品安全检查600余户次。"
            "镇综合执法队全年开展执法检查二百一十次，查处违法建设案件九件。"
            "我镇全年没有发生以镇政府为被申请人的行政复议案件和以镇政府为被告的行政诉讼案件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("enforcement.inspections=210*"), QStringLiteral("penalty.cases=9*"),
                                 QStringLiteral("litigation.cases=0*"), QStringLiteral("reconsideration.accepted=0*")}));
        const QStringList g = found(QStringLiteral(
            "昭觉县支尔莫乡2020年法治政府建设情况报告\n全乡行政复议、行政诉讼案件均为零。乡政府未收到行政复议申请。\n"), true);
        for (const char *k : {"reconsideration.accepted=0*", "litigation.cases=0*", "reconsideration.received=0*"})
            QVERIFY2(g.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + g.join(u' ')));
    }
    void subUnitsListedAfterTheWholeAndInRankings()
    {
        // A city lists its districts' figures after its own: each named district (or collective:
        // 5个区县共办理) takes the figure's key from what the sentence counted before, and none is
        // the headline; a bound (不足) and a zero of some of them (中有3个未发生) are no figures.
        const QStringList f = found(QStringLiteral(
            "南充市2021年法治政府建设情况报告\n"
            "全市共办理行政处罚案件12,380件，罚没款1.46亿元；市本级办理行政处罚案件3,210件，5个区县共办理9,170件。"
            "从区县看，顺庆区办理行政处罚案件2,614件；高坪区1,905件；嘉陵区1,377件；营山县、仪陇县分别为1,208件、1,066件。"
            "罚没款排名前两位的是顺庆区（3,862万元）、高坪区（2,175万元）。西充县全年受理量不足10件。"
            "9个县（市、区）中有3个全年未发生行政诉讼案件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=12380*"), QStringLiteral("penalty.amount=146000000*"),
                                 QStringLiteral("penalty.cases=3210"), QStringLiteral("penalty.cases=9170"),
                                 QStringLiteral("penalty.cases=2614"), QStringLiteral("penalty.cases=1905"),
                                 QStringLiteral("penalty.cases=1377"), QStringLiteral("penalty.cases=1208"),
                                 QStringLiteral("penalty.cases=1066"), QStringLiteral("penalty.amount=38620000"),
                                 QStringLiteral("penalty.amount=21750000")}));
        // The body's own rate, stated once besides its districts' (named, so not the body's).
        const QStringList g = found(QStringLiteral(
            "南充市2021年法治政府建设情况报告\n行政机关负责人出庭应诉1,191件，出庭应诉率96.2%。"
            "顺庆区、高坪区出庭应诉率均达到100%。\n"), true);
        QVERIFY2(g.contains(QStringLiteral("court.appearance_rate=96.2*")), qPrintable(g.join(u' ')));
        QVERIFY2(g.contains(QStringLiteral("court.appearance_rate=100")), qPrintable(g.join(u' ')));
    }
    void whereAChangeStartedAndLastYearsFigureAreNoLevels()
    {
        for (const char *text : {"出庭应诉率由2019年的86.2%提高到2020年的98.9%。", "出庭应诉率由86.2%提高到98.9%。"}) {
            const QStringList f = found(wrap(QString::fromUtf8(text)), true);
            QCOMPARE(f, QStringList{QStringLiteral("court.appearance_rate=98.9*")});
        }
        const QStringList g = found(wrap(QStringLiteral(
            "全年县政府共收到行政复议申请21件，依法受理19件，上年同期为15件；不予受理2件。上年同期罚没款为701.3万元。")));
        QCOMPARE(g, (QStringList{QStringLiteral("reconsideration.received=21"), QStringLiteral("reconsideration.accepted=19")}));
    }
    void aPeriodOpeningTheSentenceCoversItsPartsUntilTheYearIsNamed()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "五年来，区政府累计制定行政规范性文件41件；全区累计办理行政处罚案件7,860余件，罚没款累计5,900余万元。"
            "自上线以来累计扫码登记入企检查4,137次。"
            "一季度全区办理行政处罚案件412件，二季度538件，三季度601件，四季度497件，全年合计办理行政处罚案件2,048件。")), true);
        QCOMPARE(f, QStringList{QStringLiteral("penalty.cases=2048*")});
    }
    void aBureauQuotingTheWholeGovernmentOrOthersFigures()
    {
        // In a bureau's report: the whole government's rate, the towns' cases it says it does not
        // count, and notices about appearances are not its figures; of 应出庭的12件 it appeared in 11.
        const QStringList f = found(QStringLiteral(
            "南充市生态环境局2022年法治政府建设情况报告\n"
            "全市行政机关负责人出庭应诉率为98.7%。本局应出庭的12件中出庭11件，全年通报出庭应诉情况4次。"
            "各镇（街道）全年以镇（街道）名义查处环境违法案件63宗，纳入镇（街道）执法统计，不计入本局数据。"
            "本局全年查处环境违法案件212宗。"
            "未发生因政府信息公开引发的行政复议纠错和行政诉讼败诉案件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("court.appearances=11*"), QStringLiteral("penalty.cases=212*")}));
    }
    void aStreetsApplicationsAcceptedAndConcludedAndItsOwnCityTeam()
    {
        // 申请 right after the topic counts applications received; of those accepted, 所受理的两件
        // 均…办结 counts the concluded; a case the town only helped with (配合…办理) is not its own;
        // the street's own 城管执法中队 acting in its name speaks for it.
        const QStringList f = found(QStringLiteral(
            "渝中区解放碑街道2021年法治政府建设情况报告\n"
            "街道城管执法中队以街道办事处名义开展执法，全年立案查处违法案件412件。"
            "2021年，街道共涉及以街道办事处为被申请人的行政复议申请三件，复议机关依法受理两件、不予受理一件，"
            "所受理的两件均依法按时办结。街道还配合区司法局办理涉及辖区居民的行政复议案件一件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=412*"), QStringLiteral("reconsideration.received=3*"),
                                 QStringLiteral("reconsideration.accepted=2*"), QStringLiteral("reconsideration.concluded=2*")}));
    }
    void tablesUnderACaptionWithLastYearsColumnAndANoteBelow()
    {
        // A caption line above the table, a column per year (the covered year's is read), rows
        // whose category was written once (a leading tab, or an empty first cell), and a note
        // under the figures that names a topic but is no header.
        const QStringList f = found(QStringLiteral(
            "邳州市2017年法治政府建设情况报告\n表1\t邳州市行政复议和应诉数据\n类别\t项目\t2016年\t2017年\t增减\n"
            "行政复议\t收到申请（件）\t102\t126\t+24\n\t依法受理（件）\t94\t117\t+23\n"
            "行政应诉\t负责人出庭应诉（件）\t52\t67\t+15\n\t出庭应诉率（%）\t31.0\t36.6\t+5.6个百分点\n"
            "注：以市政府为被申请人的案件\t\t\t\t\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.received=126*"), QStringLiteral("reconsideration.accepted=117*"),
                                 QStringLiteral("court.appearances=67*"), QStringLiteral("court.appearance_rate=36.6*")}));
        const QStringList g = found(QStringLiteral(
            "常州市交通运输局2023年法治政府建设情况报告\n类别 | 指标 | 2022年 | 2023年 | 同比\n"
            "行政处罚 | 行政处罚案件(件) | 6,247 | 5,893 | -5.7%\n | 罚款(万元) | 3,126.48 | 2,874.15 | -8.1%\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.cases=5893*"), QStringLiteral("penalty.amount=28741500*")}));
    }
    void relationsBetweenFiguresOfOneSentence()
    {
        // Departments listed like sub-units; items written without punctuation; of the set before
        // 中, the action after it; later values of a 分别 list; two topics counted together with
        // 均为 (and 件均 there is no ratio); the city's rate quoted in a county's report.
        const QStringList f = found(QStringLiteral(
            "彭泽县2024年法治政府建设情况报告\n"
            "全县共计办理行政处罚案件5,000件。分部门看，县城市管理局（县综合行政执法局）办理1,862件，县市场监管局1,124件。"
            "全年县政府行政复议案件收到89件受理82件审结80件；审结案件中纠错7件。"
            "全县行政应诉案件和负责人出庭应诉案件均为46件，一审、二审分别为38件、8件。"
            "据九江市司法局通报，2024年全市行政机关负责人出庭应诉率为99.6%。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=5000*"), QStringLiteral("penalty.cases=1862"),
                                 QStringLiteral("penalty.cases=1124"), QStringLiteral("reconsideration.received=89*"),
                                 QStringLiteral("reconsideration.accepted=82*"), QStringLiteral("reconsideration.concluded=80*"),
                                 QStringLiteral("reconsideration.corrected=7*"), QStringLiteral("court.appearances=46*"),
                                 QStringLiteral("litigation.cases=46*"), QStringLiteral("litigation.cases=38"),
                                 QStringLiteral("litigation.cases=8")}));
        // A later item of a 其中 bracket in the same unit is another part.
        const QStringList g = found(wrap(QStringLiteral("全区共计办理行政处罚案件10,242件（其中适用一般程序2,318件、简易程序7,924件）。")), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.cases=10242*"), QStringLiteral("penalty.cases=2318"),
                                 QStringLiteral("penalty.cases=7924")}));
    }
    void rankingsAndPartColumns()
    {
        // A ranking's later clause (排名后两位的是…) continues the list; a figure in brackets after
        // another division's name is that division's (no headline of its own); a column opened by
        // 其中 counts part of the one before.
        const QStringList f = found(QStringLiteral(
            "陕西省2021年法治政府建设情况报告\n"
            "行政处罚案件数排名前三的是西安市（5.86万件）、咸阳市（2.13万件）、宝鸡市（1.87万件），排名后两位的是铜川市（3,412件）、杨凌示范区（1,186件）。"
            "行政机关负责人出庭应诉1,191件，出庭应诉率96.2%。出庭应诉率排名后两位的分别为汉中市（88.6%）、商洛市（90.2%）。\n"), true);
        for (const char *k : {"penalty.cases=3412", "penalty.cases=1186", "court.appearance_rate=96.2*", "court.appearance_rate=88.6"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        const QStringList g = found(wrap(QStringLiteral(
            "执法单位\t行政检查（次）\t其中涉企（次）\t行政处罚（件）\n县市场监管局\t1,846\t1,327\t612\n合计\t10,708\t3,643\t3,504\n")), true);
        for (const char *k : {"enforcement.inspections=1327", "enforcement.inspections=3643", "enforcement.inspections=10708*", "penalty.cases=3504*"})
            QVERIFY2(g.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + g.join(u' ')));
        // A part column right after the year's column, before last year's.
        const QStringList y = found(QStringLiteral(
            "铜陵市2021年法治政府建设情况报告\n指标\t单位\t2021年\t其中：市本级\t2020年\t同比\n行政处罚案件\t件\t8,462\t2,134\t7,918\t+6.9%\n"), true);
        QCOMPARE(y, (QStringList{QStringLiteral("penalty.cases=8462*"), QStringLiteral("penalty.cases=2134")}));
    }
    void scopesOfAGovernmentAndAZone()
    {
        // A city's government as the respondent is a part of the city's cases, so with no whole
        // stated there is no headline; with its departments (及其部门) it is the whole. Counts in a
        // header in 万次 are scaled; 接受…执法检查 is being inspected; a data list after 附： is read
        // even after a plan heading; an action after the counted noun (1件…案件被确认违法).
        const QStringList f = found(QStringLiteral(
            "延安市2018年法治政府建设情况报告\n以市政府为被申请人的行政复议案件23件。以县政府及其部门为被告的行政诉讼案件34件。"
            "接受市人大常委会执法检查3次。全年有1件行政复议案件被确认违法。\n三、2019年工作打算\n继续加强执法。\n"
            "附：2018年延安市法治政府建设主要数据\n行政处罚案件：5,862件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.accepted=23"), QStringLiteral("litigation.cases=34*"),
                                 QStringLiteral("reconsideration.corrected=1*"), QStringLiteral("penalty.cases=5862*")}));
        const QStringList g = found(QStringLiteral(
            "湖南省2016年法治政府建设情况报告\n| 项目 | 全省 | 其中：省本级 |\n| 行政检查（万次） | 46.3 | 5.2 |\n"), true);
        QVERIFY2(g.contains(QStringLiteral("enforcement.inspections=463000*")), qPrintable(g.join(u' ')));
        // In a zone's report, its city's own figure (宜兴市全年…) is not the zone's.
        const QStringList h = found(QStringLiteral(
            "宜兴经济技术开发区管理委员会关于2024年度法治政府建设情况的报告\n宜兴经济技术开发区位于宜兴市。"
            "宜兴市全年办理行政处罚案件4,862件。管委会全年办理行政处罚案件216件。"
            "宜兴市人民政府收到以管委会为被申请人的行政复议申请5件。\n"), true);
        QCOMPARE(h, (QStringList{QStringLiteral("penalty.cases=216*"), QStringLiteral("reconsideration.received=5*")}));
    }
    void theBodyNamedAfterItsParentIsNoSubUnit()
    {
        // 宜宾市翠屏区人民政府 in 翠屏区's report is the body itself, not 宜宾市 as a sub-unit.
        const QStringList f = found(QStringLiteral(
            "宜宾市翠屏区2020年法治政府建设情况报告\n宜宾市翠屏区人民政府全年办理行政处罚案件3,126件。"
            "区市场监管局办理行政处罚案件1,012件。\n"), true);
        QVERIFY2(f.contains(QStringLiteral("penalty.cases=3126*")), qPrintable(f.join(u' ')));
    }
    void theCityAsAWholeBeatsItsGovernmentAndADepartmentAfterASemicolon()
    {
        const QStringList f = found(QStringLiteral(
            "黄石市2019年法治政府建设情况报告\n"
            "全市各级行政执法机关共开展行政检查32,416次；市市场监管局全年开展各类监督检查8,612次。"
            "全市各级行政复议机关共收到行政复议申请612件，审结541件，其中直接纠错63件。"
            "市政府全年收到行政复议申请218件，审结187件，纠错21件。\n"), true);
        for (const char *k : {"enforcement.inspections=32416*", "enforcement.inspections=8612", "reconsideration.received=612*",
                              "reconsideration.corrected=63*", "reconsideration.corrected=21"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void olderWordings()
    {
        // 行政复议应诉案件 counts both kinds together (neither key); an earlier year in Chinese
        // numerals after 较/比 is a comparison; 有9个…未实施行政处罚 is some bodies' zero; 查处…行政案件
        // are no lawsuits but a bureau's penalties (查处 names them).
        const QStringList f = found(QStringLiteral(
            "岚皋县二〇一三年依法行政工作报告\n全年全县共办理行政复议应诉案件1,126件，行政复议和应诉案件共计118件。"
            "全县行政处罚案件数较二〇一二年的三百九十一件有所增加。有9个执法主体全年未实施行政处罚。"
            "县林业局查处林业行政案件43起。\n"), true);
        QCOMPARE(f, QStringList{QStringLiteral("penalty.cases=43")});
        const QStringList g = found(QStringLiteral("岚皋县二〇一三年依法行政工作报告\n出庭应诉率由二〇一二年的60%提高到75%。\n"), true);
        QCOMPARE(g, QStringList{QStringLiteral("court.appearance_rate=75*")});
    }
    void organsBesideLeadersAndLeadersJoinedAndLongerDivisionNames()
    {
        // The organs' appearance rate beside the leaders' is not the leaders' rate; 行政首长和部门负责人
        // are the leaders of the whole city, not a department; 社旗县 is a sub-unit though 社旗 is no
        // division (the shortest name before a suffix).
        const QStringList f = found(QStringLiteral(
            "顺义区人民政府关于2016年依法行政工作情况的报告\n"
            "全区行政机关出庭应诉率100%，其中负责人出庭应诉67件，负责人出庭率11.5%。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("court.appearance_rate=100"), QStringLiteral("court.appearances=67*"),
                                 QStringLiteral("court.appearance_rate=11.5*")}));
        const QStringList g = found(QStringLiteral(
            "乐山市人民政府关于2015年依法行政工作情况的报告\n"
            "全年行政首长和部门负责人出庭应诉122件，出庭率百分之二十八点五，其中市长出庭应诉1件。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("court.appearances=122*"), QStringLiteral("court.appearance_rate=28.5*"),
                                 QStringLiteral("court.appearances=1")}));
        const QStringList h = found(QStringLiteral(
            "南阳市人民政府关于2014年度依法行政工作情况的报告\n"
            "各级行政机关负责人出庭应诉218件，出庭率30.9%；唐河县、方城县、社旗县行政机关负责人出庭率分别为52.1%、46.3%、41.8%。\n"), true);
        QCOMPARE(h, (QStringList{QStringLiteral("court.appearances=218*"), QStringLiteral("court.appearance_rate=30.9*"),
                                 QStringLiteral("court.appearance_rate=52.1"), QStringLiteral("court.appearance_rate=46.3"),
                                 QStringLiteral("court.appearance_rate=41.8")}));
    }
    void otherBodiesFiguresAndAutonomousDivisionsAndADepartmentsCampaigns()
    {
        // The procuratorate's 诉讼监督 and 公益诉讼, the people's congress's 执法检查 and a court's,
        // an arbitration's or legal aid's rows are not the body's; 全州 names an autonomous prefecture
        // as a whole; a department's campaign beside its other figure is one campaign's.
        const QStringList f = found(QStringLiteral(
            "长兴县2024年法治政府建设情况报告\n县人民检察院办理行政诉讼监督案件15件，立案办理公益诉讼案件57件。"
            "县人大常委会开展《水污染防治条例》执法检查4次。\n"
            "项目 | 数量 | 填报单位\n一审行政案件收案（件） | 684 | 县人民法院\n劳动人事争议仲裁收案（宗） | 3,126 | 县人社局\n"
            "法律援助案件（宗） | 2,318 | 县司法局\n"), true);
        QCOMPARE(f, QStringList{});
        const QStringList g = found(QStringLiteral(
            "延边朝鲜族自治州2023年法治政府建设情况报告\n全州各级行政执法机关共开展行政检查2.38万次；办理行政处罚案件8,952件；罚没款1.46亿元。"
            "州市场监督管理局立案查处各类违法案件1,236件。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("enforcement.inspections=23800*"), QStringLiteral("penalty.cases=8952*"),
                                 QStringLiteral("penalty.amount=146000000*"), QStringLiteral("penalty.cases=1236")}));
        const QStringList h = found(QStringLiteral(
            "融水苗族自治县农业农村局2022年法治政府建设工作报告\n局执法大队立案查处农业违法案件47件。"
            "在“中国渔政亮剑2022”系列专项执法行动中，查处涉渔违法案件19件。\n"), true);
        QCOMPARE(h, (QStringList{QStringLiteral("penalty.cases=47*"), QStringLiteral("penalty.cases=19")}));
        const QStringList alone = found(QStringLiteral(
            "融水苗族自治县农业农村局2022年法治政府建设工作报告\n在“中国渔政亮剑2022”系列专项执法行动中，查处涉渔违法案件19件。\n"), true);
        QCOMPARE(alone, QStringList{QStringLiteral("penalty.cases=19*")});
    }
    void aMonthsFigureLastYearsListAndAPartyCommitteesReport()
    {
        // 6月份 is one month of the year; every value of 上年同期分别为… is last year's.
        const QStringList f = found(QStringLiteral(
            "小店区2024年法治政府建设情况报告\n全年办理行政处罚案件1,862件，罚没款1,046.3万元，上年同期分别为1,624件、872.5万元。"
            "6月份，区市场监管局开展“铁拳”行动，查处案件47件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=1862*"), QStringLiteral("penalty.amount=10463000*")}));
        // 武侯区委…办公室 is the district's party committee reporting on the district, not a department.
        const ReportAnalysis a = analyseText(QStringLiteral(
            "中共成都市武侯区委全面依法治区委员会办公室\n关于2023年度武侯区法治建设工作情况的报告\n\n全区办理行政处罚案件1,200件。\n"));
        QCOMPARE(a.meta.region, QStringLiteral("武侯区"));
        QCOMPARE(a.meta.level, QStringLiteral("district"));
    }
    void departmentsListedUpToTheWholeAndQizhongPastASentence()
    {
        // A paragraph opened by departments listed up to 全市共计 is the city's; a sentence opened by
        // 其中 refers back within its paragraph past a sentence without the key.
        const QStringList f = found(QStringLiteral(
            "衢州市2022年法治政府建设情况报告\n2.行政处罚。市场监管部门办理行政处罚案件3,126件、生态环境部门412件，全市共计办理行政处罚案件3,538件。"
            "罚款8,126.5万元、没收违法所得643.2万元，罚没款合计8,769.7万元。\n"
            "全市共收到行政复议申请968件。审结行政复议案件862件。在审结案件中，共计纠错88件。"
            "其中市政府本级收到、受理、审结行政复议案件分别为326件、298件、287件。\n"), true);
        for (const char *k : {"penalty.cases=3538*", "penalty.amount=87697000*", "reconsideration.concluded=862*",
                              "reconsideration.concluded=287", "reconsideration.received=968*", "reconsideration.received=326"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void anotherDivisionsGovernmentAndADepartmentsArea()
    {
        // 宝塔区政府 in 延安市's report is a sub-unit's government; a bureau working 在全区范围内 is
        // still the bureau; 抽查 counts inspections.
        const QStringList f = found(QStringLiteral(
            "延安市2018年法治政府建设情况报告\n以市政府为被申请人的行政复议案件23件。宝塔区政府全年收到行政复议申请46件，受理41件。"
            "全市通过“双随机、一公开”方式抽查市场主体3,126户次。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.accepted=23"), QStringLiteral("reconsideration.received=46"),
                                 QStringLiteral("reconsideration.accepted=41"), QStringLiteral("enforcement.inspections=3126*")}));
        const QStringList g = found(QStringLiteral(
            "北仑区2023年法治政府建设情况报告\n区市场监管局罚没款1,862.7万元。区综合行政执法局在全区范围内开展执法检查6,412次，罚没款2,386.4万元。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.amount=18627000"), QStringLiteral("enforcement.inspections=6412"),
                                 QStringLiteral("penalty.amount=23864000")}));
    }
    void aBureausWholeAndCasesAgainstItConcludedByTheGovernment()
    {
        // 全局 is the whole bureau; 以县公安局为被申请人 names the respondent, not a police subject,
        // so what follows in the sentence is the bureau's.
        const QStringList f = found(QStringLiteral(
            "桦南县公安局2017年法治政府建设工作报告\n全局共作出行政处罚决定2,976件。查处治安案件3,415起。"
            "全年以县公安局为被申请人的行政复议案件14件，经县人民政府审结13件。\n"), true);
        for (const char *k : {"penalty.cases=2976*", "reconsideration.accepted=14*", "reconsideration.concluded=13*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void departmentsCountedTogetherAndQizhongByMeans()
    {
        // 四个部门共开展… is several departments' sum; 其中通过撤销…纠错 keeps the whole's scope.
        const QStringList f = found(QStringLiteral(
            "南阳市人民政府关于2014年度依法行政工作情况的报告\n市工商、质监、食品药品监管、安监四个部门共开展执法检查2.3万余次。"
            "全市各级行政复议机关共收到行政复议申请468件，其中通过撤销、变更、确认违法等方式纠错61件。"
            "市政府收到行政复议申请176件，纠错23件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("enforcement.inspections=23000"), QStringLiteral("reconsideration.received=468*"),
                                 QStringLiteral("reconsideration.corrected=61*"), QStringLiteral("reconsideration.received=176"),
                                 QStringLiteral("reconsideration.corrected=23")}));
    }
    void yearSeriesAndOtherYearsWordings()
    {
        // One value a year: only the covered year's counts (a range, a list, Chinese numerals, a year
        // given in part); 由…增至 states the level after 增至; 比2021年（948.2万元） is last year's; 二〇二一年以来
        // 累计 is several years.
        const QStringList f = found(QStringLiteral(
            "保定市2024年法治政府建设情况报告\n2020年至2024年，全市行政复议机构受理行政复议案件分别为1,126件、1,348件、1,502件、1,763件、2,087件。"
            "2022年、2023年、2024年，全市行政机关行政应诉案件分别为1,412件、1,536件、1,498件。"
            "全年罚没款由2023年的2.71亿元增至3.06亿元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.accepted=2087*"), QStringLiteral("litigation.cases=1498*"),
                                 QStringLiteral("penalty.amount=306000000*")}));
        const QStringList g = found(QStringLiteral(
            "武功县二〇二四年度法治政府建设情况报告\n二〇二〇年至二〇二四年，全县办理行政处罚案件分别为862件、935件、1,018件、1,074件、1,126件。"
            "二〇二一年以来，全县累计办理行政处罚案件4,153件。罚没款比2021年（948.2万元）增长14.6%。\n"), true);
        QCOMPARE(g, QStringList{QStringLiteral("penalty.cases=1126*")});
        const QStringList h = found(QStringLiteral(
            "西山区2020年法治政府建设情况报告\n2018年、2019年和2020年1—11月，全区办理行政处罚案件分别为286件、312件、247件。"
            "2016年至2019年，全区行政应诉案件分别为142件、168件、187件、203件。\n"), true);
        QCOMPARE(h, QStringList{});
        // A series is one unit's values (…2,087件，五年间增长… ends it); a bound held for years is no
        // level (连续三年超过1.5万件, 保持在95%以上, 控制在40件以内); 2018年为86件 is that year's.
        const QStringList k = found(QStringLiteral(
            "保定市2024年法治政府建设情况报告\n2020年至2024年，全市受理行政复议案件分别为1,126件、1,348件、1,502件、1,763件、2,087件，五年间增长85.3%。"
            "全市行政处罚案件数已连续三年超过1.5万件，出庭应诉率已连续三年保持在95%以上，行政诉讼案件已连续三年控制在40件以内。"
            "行政复议受理量2018年为86件。\n"), true);
        QCOMPARE(k, QStringList{QStringLiteral("reconsideration.accepted=2087*")});
        // A tab table's row for an earlier year is not a level, the covered year's is the body's; a
        // full sentence opening with the year keeps a period inside one part to it; 五年累计 is years.
        const QStringList t = found(QStringLiteral(
            "西山区2020年法治政府建设情况报告\n年份\t行政检查（次）\t行政处罚（件）\n2019年\t13,374\t3,262\n2020年\t12,408\t3,418\n"
            "2020年全区行政应诉案件196件，出现“十三五”以来首次下降；行政机关负责人出庭应诉191件。五年累计查处违法案件16,275件。\n"), true);
        QCOMPARE(t, (QStringList{QStringLiteral("enforcement.inspections=12408*"), QStringLiteral("penalty.cases=3418*"),
                                 QStringLiteral("litigation.cases=196*"), QStringLiteral("court.appearances=191*")}));
    }
    void theExactRestatementIsTheHeadlineAndASummaryAfterThePlans()
    {
        // 1.2万余件 in the summary and 12,036件 in the detail: the exact one is the headline; a summary
        // of the covered year after the plans (总的看，2023年…) is no plan.
        const QStringList f = found(QStringLiteral(
            "蚌埠市2022年法治政府建设情况报告\n全市各级行政执法机关办理行政处罚案件1.2万余件，罚没款近1.5亿元。\n"
            "全年共办理行政处罚案件12,036件，罚没款14,862.35万元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=12000"), QStringLiteral("penalty.amount=150000000"),
                                 QStringLiteral("penalty.cases=12036*"), QStringLiteral("penalty.amount=148623500*")}));
        const QStringList g = found(QStringLiteral(
            "崂山区2023年法治政府建设情况报告\n七、存在的不足和2024年工作安排\n一是开展行政检查不少于1万次。\n"
            "总的看，2023年全区共开展行政检查一万二千余次。\n"), true);
        QCOMPARE(g, QStringList{QStringLiteral("enforcement.inspections=12000*")});
    }
    void theNationsFiguresRatiosPerVehiclesAndFiguresLeftOutOfTheTotal()
    {
        const QStringList f = found(QStringLiteral(
            "湖北省交通运输厅2024年法治政府建设情况报告\n2024年全国各级行政复议机关共新收行政复议申请31.6万件。"
            "全省每万辆营运车辆行政处罚案件数为41.2件。沈抚示范区办理的行政处罚案件1,046件不纳入全市统计。全省共办理行政处罚案件2.3万件。\n"), true);
        QCOMPARE(f, QStringList{QStringLiteral("penalty.cases=23000*")});
    }
    void anItemContinuingAnotherTopicAndTheEnclosingGovernmentDecidingTheBodysCases()
    {
        // 确认违法 continues 行政复议, not the 调解 item before it; 朝阳区人民政府 deciding the street's own
        // cases is no sub-unit of the street.
        const QStringList f = found(QStringLiteral(
            "三里屯街道2025年法治政府建设情况报告\n朝阳区人民政府受理以三里屯街道办事处为被申请人的行政复议案件4件，审结4件，"
            "其中调解结案1件、确认违法1件。\n"), true);
        QVERIFY2(f.contains(QStringLiteral("reconsideration.corrected=1*")), qPrintable(f.join(u' ')));
        QVERIFY2(f.contains(QStringLiteral("reconsideration.accepted=4*")), qPrintable(f.join(u' ')));
    }
    void penaltyDecisionsBeatCasesOpenedAmongEquals()
    {
        // Cases opened (立案查处) are not all penalised: among figures of equal standing, the count of
        // penalty decisions is the headline (catalogue headlineWords).
        const QStringList f = found(QStringLiteral(
            "安徽省人力资源和社会保障厅2024年法治政府建设情况报告\n全省人社系统立案查处劳动保障违法案件1,862件，作出行政处罚决定418件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=1862"), QStringLiteral("penalty.cases=418*")}));
    }
    void theOrgansOwnClauseAndACityBureausBranch()
    {
        // 在法院开庭审理的…案件中 frames the sentence; the clause 全区行政机关负责人出庭应诉… has its
        // own subject. The city bureau's 顺德分局 works in the district but counts for the city.
        const QStringList f = found(QStringLiteral(
            "顺德区2021年法治政府建设情况报告\n全区一审行政诉讼案件486宗。在法院开庭审理的404宗案件中，全区行政机关负责人出庭应诉398宗，出庭应诉率98.5%。"
            "全区共作出行政处罚决定38,614宗。佛山市生态环境局顺德分局在我区查处环境违法案件268宗、罚款3,126.4万元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("litigation.cases=486*"), QStringLiteral("court.appearances=398*"),
                                 QStringLiteral("court.appearance_rate=98.5*"), QStringLiteral("penalty.cases=38614*")}));
        // A sentence that names a court as the source of a rule, then the body's own organs.
        const QStringList g = found(QStringLiteral(
            "大冶市2019年法治政府建设情况报告\n严格执行最高人民法院关于行政机关负责人出庭应诉的司法解释，全市行政机关共发生一审行政诉讼案件96件。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("litigation.cases=96*")}));
    }
    void listsBracketsAndWhosePartItIs()
    {
        // 分别为 with a bracket of carried-over cases after the list; 提交 is how applications come in.
        const QStringList f = found(QStringLiteral(
            "永康市2023年法治政府建设情况报告\n市人民政府收到、受理、办结行政复议案件分别为428件、391件、376件（含上年结转25件）。"
            "全市收到行政复议申请486件，其中通过网上申请、邮寄等非接触方式提交的312件。\n"), true);
        for (const char *k : {"reconsideration.received=428", "reconsideration.accepted=391*", "reconsideration.concluded=376*",
                              "reconsideration.received=486*", "reconsideration.received=312"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        QVERIFY2(!f.contains(QStringLiteral("reconsideration.accepted=428")) && !f.contains(QStringLiteral("reconsideration.accepted=312")),
                 qPrintable(f.join(u' ')));
        // 一审 and 二审 are parts of the lawsuits, where one figure counted lawsuits and appearances.
        const QStringList g = found(QStringLiteral(
            "郫都区2024年法治政府建设情况报告\n全区行政应诉案件和负责人出庭应诉案件均为268件，其中一审226件、二审42件。\n"));
        QCOMPARE(g, (QStringList{QStringLiteral("court.appearances=268"), QStringLiteral("litigation.cases=268"),
                                 QStringLiteral("litigation.cases=226"), QStringLiteral("litigation.cases=42")}));
        // A bracket right after a department's figure breaks it down; the government's own leaders
        // are some of the organs' leaders; helping another agency is not the body's case.
        const QStringList h = found(QStringLiteral(
            "沈河区2021年法治政府建设情况报告\n全区共办理行政处罚案件4,218件。区城市管理综合行政执法局办理行政处罚案件2,316件（依托视频监控等非现场执法手段办理1,402件）。"
            "行政机关负责人出庭应诉327件，出庭应诉率95.9%；区政府负责人出庭应诉21件。"
            "区卫生健康局配合市场监管部门查处哄抬防护物资价格案件17起。\n"), true);
        QCOMPARE(h, (QStringList{QStringLiteral("penalty.cases=4218*"), QStringLiteral("penalty.cases=2316"), QStringLiteral("penalty.cases=1402"),
                                 QStringLiteral("court.appearances=327*"), QStringLiteral("court.appearance_rate=95.9*"),
                                 QStringLiteral("court.appearances=21")}));
    }
    void monthsOfTheYearAndAPlatformsName()
    {
        // 2月至4月 without a campaign is a stretch of the year; a campaign 4月至10月 counts as the
        // campaign's; 行政执法监督平台 is where inspections are recorded.
        const QStringList f = found(QStringLiteral(
            "孝感市2020年法治政府建设情况报告\n2月至4月疫情防控最吃紧期间，全市查处哄抬物价等违法案件486起。"
            "2020年4月至10月，市委、市政府部署开展农资打假专项行动，期间共实施行政处罚652件。"
            "全市执法部门在行政执法监督平台录入行政检查信息18,732条。\n"));
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=652"), QStringLiteral("enforcement.inspections=18732")}));
    }
    void aHalfYearReportsFiguresStandForNoYear()
    {
        // 上半年 is the report's own period: its figures are levels, but none is the year's headline;
        // a quarter inside it is still another period.
        const QStringList f = found(QStringLiteral(
            "小店区2024年上半年法治政府建设工作情况报告\n上半年，全区各级行政执法机关共开展行政检查3,416次。一季度开展行政检查1,486次。"
            "区人民政府收到行政复议申请112件，受理103件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("enforcement.inspections=3416"), QStringLiteral("reconsideration.received=112"),
                                 QStringLiteral("reconsideration.accepted=103")}));
        QCOMPARE(coveredPartOf(QStringLiteral("小店区2024年上半年法治政府建设工作情况报告")), QStringLiteral("上半年"));
        QCOMPARE(coveredPartOf(QStringLiteral("小店区2024年法治政府建设情况报告")), QString());
        // In a yearly report the half year is another period.
        QCOMPARE(found(QStringLiteral("小店区2024年法治政府建设情况报告\n上半年，全区共开展行政检查3,416次。全年共开展行政检查7,002次。\n"), true),
                 QStringList{QStringLiteral("enforcement.inspections=7002*")});
    }
    void kindsCountedTogetherAndThresholds()
    {
        // 行政许可、行政处罚等信息 counts two kinds together; 公示行政处罚信息 alone counts penalties; a
        // threshold sorting cases (超过100万元的案件) is no amount.
        const QStringList f = found(QStringLiteral(
            "扬州市市场监督管理局2023年法治政府建设情况报告\n全年公示行政许可、行政处罚等信息4.8万条。通过信用网站公示行政处罚信息1,234条。"
            "全系统办理行政处罚案件3,652件，其中罚没款超过100万元的案件9起。\n"));
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=1234"), QStringLiteral("penalty.cases=3652")}));
    }
    void higherBureausInTheDistrictAndAPrefecture()
    {
        // Bureaus managed from above: named after the county (成都市蒲江生态环境局), or 市…分局 / 市…总队
        // in a municipality's district, also in a later clause of the sentence; the district's own
        // bureau (区城市管理局) is not one of them.
        const QStringList f = found(QStringLiteral(
            "蒲江县2024年法治政府建设情况报告\n全县共办理行政处罚案件1,862件。成都市蒲江生态环境局全年查处环境违法案件21件、罚款168.4万元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=1862*")}));
        const QStringList g = found(QStringLiteral(
            "丰台区2020年法治政府建设情况报告\n全区共开展行政检查9,612次。市规划自然资源委丰台分局全年立案查处违法建设案件46件。"
            "市生态环境局执法总队在我区开展执法检查286家次，查处环境违法案件37起。其中，区城市管理局办理行政处罚案件1,428件。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("enforcement.inspections=9612*"), QStringLiteral("penalty.cases=1428*")}));
        // A 地区: 全地区 is the whole, the 行署 its government, the 专员 its head; the 兵团's figures are
        // not counted in it.
        const QStringList h = found(QStringLiteral(
            "阿克苏地区2019年法治政府建设情况报告\n全地区两级行政复议机关共收到行政复议申请118件，办结97件。其中，地区行署收到行政复议申请41件。"
            "全地区行政机关负责人出庭应诉169件。专员出庭应诉1件。"
            "驻地兵团执法部门在辖区内开展执法检查2,860次，由兵团系统统计，未纳入地区统计。\n"), true);
        QCOMPARE(h, (QStringList{QStringLiteral("reconsideration.received=118*"), QStringLiteral("reconsideration.concluded=97*"),
                                 QStringLiteral("reconsideration.received=41"), QStringLiteral("court.appearances=169*"),
                                 QStringLiteral("court.appearances=1")}));
    }
    void comparedYearsPoliceAndHearings()
    {
        // 与2015年…相比 frames last year's figure; the police open a later clause; a month's 期间 is a
        // stretch of the year; hearings are a way of reviewing, not a count of cases; a data card's
        // 行政复议申请：214件 is received.
        const QStringList f = found(QStringLiteral(
            "德州市2016年法治政府建设情况报告\n全市共办理行政处罚案件21,396件。与2015年全市办理行政处罚案件19,204件相比，全年处罚案件数增长11.4%。"
            "全市行政执法机关向公安机关移送涉嫌犯罪案件73件，公安机关已立案68件。"
            "9月本轮疫情防控期间，全市开展疫情防控专项检查1.6万余次。行政复议听证审理案件64件。\n行政复议申请：214件\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=21396*"), QStringLiteral("reconsideration.received=214*")}));
    }
    void anExcludingWordThatNamesATopicAndRecordsOfSeveralKinds()
    {
        // 查处 excludes lawsuits but is a penalty word of its own: 林业行政案件 counted by 查处 are
        // penalties. Records of two kinds (行政许可、行政处罚结果) are no penalty count, while a list of
        // separate counts (检查信息…条、行政处罚信息…条) keeps each. A bureau's report quoting every
        // enforcement organ of the city is not the bureau's.
        const QStringList f = found(QStringLiteral(
            "习水县2016年依法行政工作报告\n县林业局查处林业行政案件43起。全县公开行政许可、行政处罚结果2,318条。"
            "全县执法部门录入行政检查信息18,732条、行政处罚信息6,215条。\n"));
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=43"), QStringLiteral("enforcement.inspections=18732"),
                                 QStringLiteral("penalty.cases=6215")}));
        const QStringList g = found(QStringLiteral(
            "台州市市场监督管理局2022年法治政府建设情况报告\n全市各级行政执法机关全年办理行政处罚案件1.3万余件。全局办理行政处罚案件4,126件。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.cases=4126*")}));
    }
    void aLongerGapGoingOnWithTheTopicsWords()
    {
        // The gap between 行政复议 and the figure is long, but 撤销、变更、确认违法…纠错 carry the topic on.
        const QStringList f = found(QStringLiteral(
            "衢州市2022年法治政府建设情况报告\n全年全市行政复议机关依法作出撤销、变更、确认违法等纠错决定108件，其中市本级35件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.corrected=108*"), QStringLiteral("reconsideration.corrected=35")}));
    }
    void partsOfASetFramedByZhong()
    {
        // 全市办理的行政处罚案件中 frames the set; 市本级办理… and 各县…共办理… are its parts, never the
        // headline; a rate after such a frame is no part of it.
        const QStringList f = found(QStringLiteral(
            "保定市2019年法治政府建设情况报告\n全市共办理行政处罚案件2.1万件。全市办理的行政处罚案件中，市本级办理1,102件，"
            "各县（市、区）共办理20,486件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=21000*"), QStringLiteral("penalty.cases=1102"),
                                 QStringLiteral("penalty.cases=20486")}));
    }
    void aClauseParallelToAQizhongClauseByItsAction()
    {
        // After 其中…分别办理…, a clause counted by the same action (共办理) is another part.
        const QStringList f = found(QStringLiteral(
            "沈阳市2023年法治政府建设情况报告\n13个区、县（市）共办理行政处罚案件3.74万件，其中浑南区、铁西区分别办理5,862件、5,316件，"
            "新民市、康平县、法库县3个县（市）共办理2,962件。\n"));
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=37400"), QStringLiteral("penalty.cases=5862"),
                                 QStringLiteral("penalty.cases=5316"), QStringLiteral("penalty.cases=2962")}));
    }
    void breakdownsDepartmentsAndTownships()
    {
        // 从办案领域看，… and 从案件类别看，… open parts, item after item; 公示行政许可和行政处罚结果信息 counts
        // two kinds; 会同县公安局… the bureau leads; 全市…系统 is above a county bureau.
        const QStringList f = found(QStringLiteral(
            "霞浦县市场监督管理局2023年法治政府建设情况报告\n全年共立案查处各类违法案件386件。从办案领域看，食品安全领域案件142件，"
            "特种设备领域案件21件，其他领域案件53件。全年公示行政许可和行政处罚结果信息3.1万条。"
            "全年共开展执法检查812次，其中会同县公安局等部门开展联合执法检查36次。全市市场监管系统全年立案查处案件3,862件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=386*"), QStringLiteral("penalty.cases=142"),
                                 QStringLiteral("penalty.cases=21"), QStringLiteral("penalty.cases=53"),
                                 QStringLiteral("enforcement.inspections=812*"), QStringLiteral("enforcement.inspections=36")}));
        // A township: the district bureau's 分局 and the 派出所 are not the town's, nor is a team whose
        // cases 纳入该局统计.
        const QStringList g = found(QStringLiteral(
            "盛泽镇2020年法治政府建设情况报告\n全年以镇政府名义办理行政处罚案件58件。吴江区市场监督管理局盛泽分局全年以区局名义查处各类违法案件312件，"
            "罚没款486.2万元，纳入区市场监管局统计。盛泽派出所查处治安案件八十三起。"
            "执法队全年查处私搭乱建等案件七件，上述案件均以区城管执法局名义作出，数据纳入该局统计。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.cases=58*")}));
    }
    void aTownshipHeadsOnlyCountOfAppearances()
    {
        // 镇长出庭应诉一件 is a township's only count: the headline. A city's mayor who 带头 appears
        // leads others: a part, no headline.
        QCOMPARE(found(QStringLiteral("汉旺镇2021年法治政府建设情况报告\n全年以镇政府为被告的行政诉讼案件1件，镇长出庭应诉一件，出庭应诉率100%。\n"), true),
                 (QStringList{QStringLiteral("litigation.cases=1*"), QStringLiteral("court.appearances=1*"),
                              QStringLiteral("court.appearance_rate=100*")}));
        QCOMPARE(found(QStringLiteral("浏阳市2019年法治政府建设情况报告\n市长带头出庭应诉2次。\n"), true),
                 QStringList{QStringLiteral("court.appearances=2")});
    }
    void shortPrefectureNamesCorpsAndPartsOfPenaltiesNamedByChachu()
    {
        // 甘南州 is 甘南藏族自治州; a province's 总队 and the 兵团 are others; the parts of 查处林草行政案件
        // are penalties as their whole is.
        const QStringList f = found(QStringLiteral(
            "夏河县2022年法治政府建设情况报告\n全县共办理行政处罚案件312件。甘南州生态环境局夏河分局全年查处环境违法案件9件。"
            "兵团第四师六十二团全年查处违法案件27件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=312*")}));
        const QStringList g = found(QStringLiteral(
            "围场满族蒙古族自治县林业和草原局2021年法治政府建设情况报告\n全年共查处林草行政案件126起，其中非法占用林地案件68起、滥伐盗伐林木案件31起。"
            "全县2021年行政机关负责人出庭应诉率为95.2%。\n"), true);
        QCOMPARE(g, (QStringList{QStringLiteral("penalty.cases=126*"), QStringLiteral("penalty.cases=68"),
                                 QStringLiteral("penalty.cases=31")}));
    }
    void aClauseGoesOnWithTheLastSubjectNamed()
    {
        // 罚款286万元 has no subject of its own: it is 全市水利系统's, the city's, in a county bureau's report.
        const QStringList f = found(QStringLiteral(
            "光山县水利局2018年法治政府建设情况报告\n全年立案查处水事违法案件17件，罚款34.5万元。"
            "另据信阳市水利局通报，全市水利系统全年查处水事违法案件136件，罚款286万元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=17*"), QStringLiteral("penalty.amount=345000*")}));
    }
    void finesImposedAndKindsInAQizhongClause()
    {
        // 共处罚款: 处 is the verb and 罚款 the topic; kinds (…类) in a 其中 clause are parts of the
        // figure before, whatever words name them.
        const QStringList f = found(QStringLiteral(
            "府谷县公安局2023年法治政府建设情况报告\n全年共处罚款34.5万元。以本局为被告的行政诉讼案件9件，其中治安管理处罚类5件、道路交通管理类4件。\n"));
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.amount=345000"), QStringLiteral("litigation.cases=9"),
                                 QStringLiteral("litigation.cases=5"), QStringLiteral("litigation.cases=4")}));
    }
    void plansCarriedOutPeriodsFromAMonthAndOthersStatistics()
    {
        // 计划 makes a target unless the plan was carried out (执行…计划, a figure 开展ed); a stretch
        // from a month (10月起…试点期间) and a count since something began (…实施以来，…累计) are other
        // periods.
        const QStringList plans = found(QStringLiteral(
            "某市2025年法治政府建设情况报告\n严格执行年度检查计划，开展跨部门联合检查126次。编制年度监督检查计划，"
            "确定检查企业1,180家次。10月起试点涉企检查扫码登记，试点期间登记入企检查612次。三年行动实施以来，"
            "全市累计办理行政处罚案件3,962件。全年办理行政处罚案件1,207件。\n"), true);
        QCOMPARE(plans, (QStringList{QStringLiteral("enforcement.inspections=126*"), QStringLiteral("penalty.cases=1207*")}));
        // Figures left out of the body's statistics in any wording, a vertically managed tax bureau,
        // a 其中 bracket whose whole took its topic from an earlier clause, instructions (批示) and
        // the rate of heads who spoke in court (出声率).
        const QStringList others = found(QStringLiteral(
            "某市2025年法治政府建设情况报告\n市交通运输综合行政执法支队在辖区查处违法案件1,418件，未计入以上全市数据。"
            "国家税务总局某某市税务局全年作出税务行政处罚决定1,318件。市人民政府收到行政复议申请186件，受理171件"
            "（其中复议前置案件27件）。市长对行政复议应诉工作作出批示16件次。全市行政机关负责人出庭应诉148件，"
            "出庭应诉率95.5%，出庭出声率100%。\n"), true);
        QCOMPARE(others, (QStringList{QStringLiteral("reconsideration.received=186*"), QStringLiteral("reconsideration.accepted=171*"),
                                      QStringLiteral("reconsideration.accepted=27"), QStringLiteral("court.appearances=148*"),
                                      QStringLiteral("court.appearance_rate=95.5*")}));
    }
    void boundsInstancesAndSubjectsCarriedAcrossSentences()
    {
        // The court's count of cases against the organs; instances listed side by side with no
        // total (no headline); organs' appearances after the district's sentence; a bound beside
        // the rate stated.
        const QStringList court = found(QStringLiteral(
            "某区2023年法治政府建设情况报告\n据区人民法院通报，全年受理涉及全区行政机关的一审行政案件2,136宗，审结1,962宗。"
            "全区行政机关一审行政应诉案件178件、二审行政应诉案件42件。行政机关负责人出庭应诉178件，出庭应诉率100%。"
            "全区行政机关负责人出庭应诉率保持在99%以上。\n"), true);
        QCOMPARE(court, (QStringList{QStringLiteral("litigation.cases=178"), QStringLiteral("litigation.cases=42"),
                                     QStringLiteral("court.appearances=178*"), QStringLiteral("court.appearance_rate=100*")}));
        // An item of a numbered data list goes on with the county named by the item before.
        const QStringList items = found(QStringLiteral(
            "酉阳土家族苗族自治县2025年法治政府建设情况报告\n1.行政检查：全县开展行政检查7,416次，其中涉企行政检查2,683次。\n"
            "2.行政处罚：办理行政处罚案件1,384件，罚没款合计1,036.27万元。\n3.县林业局查处涉林违法案件58件。\n"), true);
        QCOMPARE(items, (QStringList{QStringLiteral("enforcement.inspections=7416*"), QStringLiteral("enforcement.inspections=2683"),
                                     QStringLiteral("penalty.cases=1384*"), QStringLiteral("penalty.amount=10362700*"),
                                     QStringLiteral("penalty.cases=58")}));
        // The cases against a 盟's 行政公署, decided above it, are the government's own, a part.
        const QStringList league = found(QStringLiteral(
            "兴安盟行政公署关于2019年法治政府建设情况的报告\n全盟两级行政复议机关共收到行政复议申请243件，审结204件，直接纠错30件。"
            "以盟行政公署为被申请人的行政复议案件7件，由自治区人民政府受理，已审结7件，其中确认违法1件。\n"), true);
        QCOMPARE(league, (QStringList{QStringLiteral("reconsideration.received=243*"), QStringLiteral("reconsideration.concluded=204*"),
                                      QStringLiteral("reconsideration.corrected=30*"), QStringLiteral("reconsideration.accepted=7"),
                                      QStringLiteral("reconsideration.concluded=7"), QStringLiteral("reconsideration.corrected=1")}));
        // A bound is the figure where no level is stated.
        QCOMPARE(found(QStringLiteral("某区2023年法治政府建设情况报告\n全区行政机关负责人出庭应诉率保持在99%以上。\n"), true),
                 QStringList{QStringLiteral("court.appearance_rate=99*")});
        // A sentence opening with its verb is the district's after the district's sentence, beside a
        // bureau's figure; case files and a national survey team's checks are no figures.
        const QStringList body = found(QStringLiteral(
            "某区2023年法治政府建设情况报告\n全区共开展行政检查1.12万次。办理行政处罚案件3,426件，罚没款2,318.6万元。"
            "区综合行政执法局办理行政处罚案件1,862件。对全部2件行政处罚案卷进行评查。国家统计局某某调查队开展统计执法检查38家次。\n"), true);
        QCOMPARE(body, (QStringList{QStringLiteral("enforcement.inspections=11200*"), QStringLiteral("penalty.cases=3426*"),
                                    QStringLiteral("penalty.amount=23186000*"), QStringLiteral("penalty.cases=1862")}));
        // 办结 goes on with the applications received before it in its sentence, not with the
        // penalties of the sentence before.
        QCOMPARE(found(QStringLiteral("某县发展和改革局2023年法治政府建设情况报告\n全年公示行政处罚信息4,218条。"
                                      "全年受理公安、法院等机关价格认定申请186件，办结186件。\n")),
                 QStringList{QStringLiteral("penalty.cases=4218")});
    }
    void restOfTheCountiesLongObjectsAndOtherInstitutionsRows()
    {
        // 1月至4月 is part of the year; an epidemic's cases are a sector beside the city's; 督导 is no
        // inspection; a customs office is another institution (山海关区 is a place); the remaining
        // counties and the zones close a list of sub-units; a long object ending in 案件 is read.
        const QStringList f = found(QStringLiteral(
            "秦皇岛市2020年法治政府建设情况报告\n在1月至4月森林防火紧要期，查处违规野外用火行为23起。全市各级行政执法机关"
            "办理行政处罚案件7,418件，罚没款9,624.7万元。全年全市查处涉疫违法案件146件。市应急管理局开展规范涉企行政检查"
            "专项督导2次。秦皇岛海关在综合保税区内查处违规案件12起。海港区、山海关区分别办理行政处罚案件2,136件、684件，"
            "其余3个县共办理1,674件，开发区等功能区共办理1,038件。市市场监管局查处特色产品商标侵权和虚假宣传等知识产权领域"
            "违法行为案件43件。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=7418*"), QStringLiteral("penalty.amount=96247000*"),
                                 QStringLiteral("penalty.cases=146"), QStringLiteral("penalty.cases=2136"),
                                 QStringLiteral("penalty.cases=684"), QStringLiteral("penalty.cases=1674"),
                                 QStringLiteral("penalty.cases=1038"), QStringLiteral("penalty.cases=43")}));
        // A table row of the court's own work is not the body's.
        const QStringList table = found(QStringLiteral(
            "某区2023年法治政府建设情况报告\n全区办理行政处罚案件9,862件。\n\n| 序号 | 指标 | 单位 | 2023年 | 2022年 |\n"
            "|---|---|---|---|---|\n| 1 | 行政处罚案件 | 件 | 9,862 | 9,214 |\n| 2 | 区人民法院新收一审行政案件 | 件 | 473 | 455 |\n"));
        QCOMPARE(table, (QStringList{QStringLiteral("penalty.cases=9862"), QStringLiteral("penalty.cases=9862")}));
    }
    void aZoneCommitteeNamesTheZoneAsAWhole()
    {
        // 经开区 opening a sentence is the zone as a whole in its committee's report, beside the
        // figures of its own enforcement bureau.
        const QStringList f = found(QStringLiteral(
            "湘潭经济技术开发区管理委员会关于2022年法治政府建设情况的报告\n2022年，经开区共开展行政检查2,146次；办理行政处罚案件327件，"
            "罚没款412.6万元。区综合行政执法局全年立案查处各类违法案件214件，罚款186.3万元。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("enforcement.inspections=2146*"), QStringLiteral("penalty.cases=327*"),
                                 QStringLiteral("penalty.amount=4126000*"), QStringLiteral("penalty.cases=214"),
                                 QStringLiteral("penalty.amount=1863000")}));
    }
    void allOfThemInAnotherClauseAMonthsAftermathAndTheCitysStatistics()
    {
        // 全部 of an earlier clause is no totality for the figure; 8月…发生后 is part of the year;
        // 纳入市级统计 leaves the figures out of the body's.
        const QStringList f = found(QStringLiteral(
            "肇东市人民政府关于2018年法治政府建设情况的报告\n2018年，全市31个行政执法部门共开展执法检查4,726次，作出行政处罚决定968件。"
            "全市31个行政执法部门全部建立“一单两库”，全年开展“双随机、一公开”抽查216次。8月非洲猪瘟疫情发生后，市畜牧兽医局"
            "排查生猪养殖场户6,800余户次，查处违法调运生猪案件7起。绥化市环境监察支队对我市重点排污企业开展直查，查处环境违法"
            "案件9件，均以绥化市环境保护局名义作出，纳入市级统计。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("enforcement.inspections=4726*"), QStringLiteral("penalty.cases=968*"),
                                 QStringLiteral("enforcement.inspections=216")}));
    }
    void applicationsByChannelAndHolidayAndEventPeriods()
    {
        // A part named by how it was applied for was received; a holiday, an event's month in
        // brackets and the months since a rule took effect are parts of the year.
        const QStringList f = found(QStringLiteral(
            "郑州市管城回族区2023年法治政府建设情况报告\n全年区政府共收到行政复议申请428件（其中通过网上渠道申请96件），受理386件。"
            "国庆、中秋“双节”期间，全区检查经营单位1,260家次。亚冬会举办期间（2月），全区开展联合检查3,200余家次。"
            "11月1日《郑州市生活垃圾管理条例》施行以来，开展生活垃圾分类执法检查3,600余次。全年开展行政检查24,316次。\n"), true);
        QCOMPARE(f, (QStringList{QStringLiteral("reconsideration.received=428*"), QStringLiteral("reconsideration.received=96"),
                                 QStringLiteral("reconsideration.accepted=386*"), QStringLiteral("enforcement.inspections=24316*")}));
    }
    void groupsOfHeadsAndAClosedQizhongBracket()
    {
        // Heads' appearances by group with no total: all parts, no headline; a 其中 bracket closed
        // before the next clause leaves that clause the city's.
        const QStringList groups = found(QStringLiteral(
            "漯河市郾城区2025年法治政府建设情况报告\n全区共办理行政应诉案件52件，区政府负责人出庭应诉9件、区直部门负责人出庭应诉38件、"
            "镇（街道）负责人出庭应诉5件，出庭应诉率100%。\n"), true);
        QCOMPARE(groups, (QStringList{QStringLiteral("litigation.cases=52*"), QStringLiteral("court.appearances=9"),
                                      QStringLiteral("court.appearances=38"), QStringLiteral("court.appearances=5"),
                                      QStringLiteral("court.appearance_rate=100*")}));
        const QStringList closed = found(QStringLiteral(
            "孝义市人民政府关于2025年法治政府建设情况的报告\n全市行政机关发生行政诉讼案件72件（其中一审61件、二审11件），"
            "行政机关负责人出庭应诉72件，出庭应诉率100%。区长带头出庭应诉1件。\n"), true);
        // Each instance's count of a 分别 list, and no total.
        const QStringList respective = found(QStringLiteral(
            "威宁彝族回族苗族自治县2023年法治政府建设情况报告\n全县一审、二审行政诉讼案件分别为71件、19件，其中以县人民政府为被告的"
            "行政诉讼案件24件；行政机关负责人出庭应诉90件，出庭应诉率100%。\n"), true);
        QCOMPARE(respective, (QStringList{QStringLiteral("litigation.cases=71"), QStringLiteral("litigation.cases=19"),
                                          QStringLiteral("litigation.cases=24"), QStringLiteral("court.appearances=90*"),
                                          QStringLiteral("court.appearance_rate=100*")}));
        QCOMPARE(closed, (QStringList{QStringLiteral("litigation.cases=72*"), QStringLiteral("litigation.cases=61"),
                                      QStringLiteral("litigation.cases=11"), QStringLiteral("court.appearances=72*"),
                                      QStringLiteral("court.appearance_rate=100*"), QStringLiteral("court.appearances=1")}));
    }
    void aTownshipsTeamNamedInThePreviousParagraphAndLevelsNotReached()
    {
        // The team acts in the street's own name, said by the street's name in the paragraph before.
        const QStringList team = found(QStringLiteral(
            "打浦桥街道2024年法治政府建设情况报告\n（二）规范街道城管执法\n"
            "　　街道城管执法中队由街道统一管理，以打浦桥街道办事处名义行使城市管理领域行政处罚权，区城管执法局对中队开展业务指导。\n"
            "　　全年，街道城管执法中队共开展执法检查4,126次，立案查处违法案件318件，罚款金额98.65万元。\n"), true);
        QCOMPARE(team, (QStringList{QStringLiteral("enforcement.inspections=4126*"), QStringLiteral("penalty.cases=318*"),
                                    QStringLiteral("penalty.amount=986500*")}));
        // 不服 before the topic says what the applications contest; exposed cases are no penalties;
        // a zero said of applications with a long qualifier; none arising from one cause is no zero.
        const QStringList bureau = found(QStringLiteral(
            "大同市交通运输局2020年法治政府建设情况报告\n全年共收到不服县（区）交通运输部门行政行为的行政复议申请8件。公开曝光典型"
            "环境违法案件16起。全年未收到以本局为被申请人的行政复议申请。全年未发生因政府信息公开引发的行政复议和行政诉讼。\n"), true);
        QCOMPARE(bureau, (QStringList{QStringLiteral("reconsideration.received=8*"), QStringLiteral("reconsideration.received=0")}));
        // What was done to a case follows 被; a rate not reached is no level.
        const QStringList town = found(QStringLiteral(
            "苏州市吴中区甪直镇人民政府2022年法治政府建设情况报告\n全年以镇政府为被申请人的行政复议案件3件，均由吴中区人民政府受理，"
            "已全部审结，其中1件被确认违法。二是负责人出庭应诉率尚未达到100%。全年镇政府负责人出庭应诉2件，出庭应诉率100%。\n"), true);
        QCOMPARE(town, (QStringList{QStringLiteral("reconsideration.accepted=3*"), QStringLiteral("reconsideration.corrected=1*"),
                                    QStringLiteral("court.appearances=2*"), QStringLiteral("court.appearance_rate=100*")}));
    }
    void townshipsInTheirOwnNameAndSectorsOfAProvince()
    {
        // What townships did in their own name is theirs however the sentence opened; a breakdown by
        // sector (分领域看) and 各类 of another clause make no whole.
        const QStringList f = found(QStringLiteral(
            "广东省人民政府关于2023年法治政府建设情况的报告\n全省办理行政处罚案件68.42万件，罚没款126.8亿元。全省1,612个乡镇（街道）"
            "全部以自身名义开展执法，全年以乡镇（街道）名义作出行政处罚决定9.86万件。分领域看，全省市场监管部门立案查处各类违法案件"
            "2.36万件，生态环境部门下达行政处罚决定书2,864份。\n"), true);
        // A stretch of dates (春运) is part of the year; 纳入赣州市级统计 leaves the branch's figures out.
        const QStringList g = found(QStringLiteral(
            "瑞金市人民政府关于2019年法治政府建设情况的报告\n1月26日至3月5日春运期间，市交通运输局开展旅客运输安全检查2,300余次。"
            "赣州市瑞金生态环境局全年查处环境违法案件29件，相关案件均以赣州市生态环境局名义作出，纳入赣州市级统计。"
            "全年开展行政检查8,600次。\n"), true);
        QCOMPARE(g, QStringList{QStringLiteral("enforcement.inspections=8600*")});
        QCOMPARE(f, (QStringList{QStringLiteral("penalty.cases=684200*"), QStringLiteral("penalty.amount=12680000000*"),
                                 QStringLiteral("penalty.cases=98600"), QStringLiteral("penalty.cases=23600"),
                                 QStringLiteral("penalty.cases=2864")}));
    }
    void pipeTable()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "附表：\n单位 | 行政处罚(件) | 罚没金额(万元)\n区市场监管局 | 120 | 35.5\n区城管局 | 80 | 12\n合计 | 200 | 47.5\n")), true);
        QVERIFY2(f.contains(QStringLiteral("penalty.cases=200*")), qPrintable(f.join(u' ')));
        QVERIFY(f.contains(QStringLiteral("penalty.amount=475000*")));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=120")));
        QVERIFY(f.contains(QStringLiteral("penalty.amount=355000")));
    }
    void transposedTableWithAScopeColumn()
    {
        // Indicators down the first column, the whole body's values and its own level's as a
        // part (其中：省本级): both are read, the part is no headline.
        const QStringList f = found(QStringLiteral(
            "某省2024年法治政府建设情况报告\n主要数据如下表：\n项目 | 全省 | 其中：省本级\n"
            "收到行政复议申请（件） | 12864 | 1027\n出庭应诉率（%） | 98.2 | 100\n"), true);
        for (const char *k : {"reconsideration.received=12864*", "reconsideration.received=1027", "court.appearance_rate=98.2*",
                              "court.appearance_rate=100"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void tabTableWithNumberUnitAndRemarkColumns()
    {
        // 序号 | 项目 | 单位 | 数量 | 备注, tab-separated, remarks mostly blank (a line's trailing tab
        // is lost with its white space).
        const QStringList f = found(wrap(QStringLiteral(
            "附件\n某县自然资源局2020年度行政执法主要数据统计表\n序号\t项目\t单位\t数量\t备注\n"
            "1\t执法检查\t次\t1846\t含联合检查38次\n2\t卫片执法图斑核查\t个\t2317\t\n"
            "3\t立案查处违法用地案件\t件\t46\t\n4\t罚没款\t万元\t386.42\t已全部缴入国库\n"
            "5\t出庭应诉率\t%\t100\t\n")), true);
        for (const char *k : {"enforcement.inspections=1846*", "penalty.cases=46*", "penalty.amount=3864200*",
                              "court.appearance_rate=100*"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
        QVERIFY(!f.join(u' ').contains(QLatin1String("=2317")));
    }
    void aTableOfTownsSumsSubUnits()
    {
        // The towns' 合计 is a mention, but the county's own figure in the text is the headline;
        // where the text states none (inspections), the 合计 stands.
        const QStringList f = found(wrap(QStringLiteral(
            "2020年，全县实施行政处罚1964件。各乡镇（街道）执法情况如下：\n乡镇 | 行政检查(次) | 行政处罚(件)\n"
            "紫阳镇 | 412 | 38\n清华镇 | 236 | 21\n其他乡镇（街道） | 962 | 47\n合计 | 1610 | 106\n")), true);
        for (const char *k : {"penalty.cases=1964*", "penalty.cases=106", "penalty.cases=38", "enforcement.inspections=1610*",
                              "enforcement.inspections=412"})
            QVERIFY2(f.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + f.join(u' ')));
    }
    void cellPerLineTable()
    {
        const QStringList f = found(wrap(QStringLiteral(
            "表1 执法情况\n单位\n行政检查(次)\n行政处罚(件)\n甲镇\n300\n12\n乙镇\n200\n8\n合计\n500\n20\n")), true);
        QVERIFY2(f.contains(QStringLiteral("enforcement.inspections=500*")), qPrintable(f.join(u' ')));
        QVERIFY(f.contains(QStringLiteral("penalty.cases=20*")));
        QVERIFY(f.contains(QStringLiteral("enforcement.inspections=300")));
    }
    void mentionSpansPointAtTheValue()
    {
        const QString text = wrap(QStringLiteral("全年共开展行政检查11011家次，罚没款219.4万元。"));
        const ReportAnalysis a = analyseText(text);
        QCOMPARE(a.mentions.size(), 2);
        QCOMPARE(text.mid(a.mentions.at(0).start, a.mentions.at(0).end - a.mentions.at(0).start), QStringLiteral("11011家次"));
        QCOMPARE(text.mid(a.mentions.at(1).start, a.mentions.at(1).end - a.mentions.at(1).start), QStringLiteral("219.4万元"));
        const QJsonObject j = analysisToJson(a);
        const QJsonObject m0 = j.value(QLatin1String("indicators")).toArray().at(0).toObject();
        QCOMPARE(m0.value(QLatin1String("text")).toString(), QStringLiteral("全年共开展行政检查11011家次"));
        QCOMPARE(m0.value(QLatin1String("unit")).toString(), QStringLiteral("家次"));
    }
    void chromeIsSkipped()
    {
        const QStringList f = found(QStringLiteral("当前位置:首页>行政处罚公示\n某区报告\n浏览次数:35件\n全年受理行政复议案件5件。"));
        QCOMPARE(f, QStringList{QStringLiteral("reconsideration.accepted=5")});
    }

    // The score of ../shared/tools/score_extraction.py, computed here so the test needs no Python.
    void seedScore_data() { corpora(); }
    void seedScore()
    {
        QFETCH(QString, goldPath);
        QFETCH(QString, reportDir);
        QFETCH(double, minF1);
        QFETCH(double, minHeadline);
        QFile gf(goldPath);
        if (!gf.open(QIODevice::ReadOnly))
            QSKIP("corpus not present");
        const QJsonObject gold = QJsonDocument::fromJson(gf.readAll()).object().value(QLatin1String("reports")).toObject();
        QVector<ReportAnalysis> analyses;
        for (auto it = gold.begin(); it != gold.end(); ++it)
            analyses.append(analyseFile(reportDir + it.key()));
        const ExtractionScore s = scoreExtraction(gold, analyses);
        for (const QString &p : s.problems)
            qInfo("%s", qPrintable(p));
        qInfo("%s", qPrintable(s.summary()));
        QVERIFY2(s.f1() >= minF1, qPrintable(s.summary()));
        QVERIFY2(s.headlineAccuracy() >= minHeadline, qPrintable(s.summary()));
        QVERIFY2(s.metadataAccuracy() >= minHeadline, qPrintable(s.summary()));
    }

private:
    void corpora()
    {
        QTest::addColumn<QString>("goldPath");
        QTest::addColumn<QString>("reportDir");
        QTest::addColumn<double>("minF1");
        QTest::addColumn<double>("minHeadline");
        QTest::newRow("seeds") << QStringLiteral(FAZHI_SHARED_DIR "/corpus/seeds.gold.json")
                               << QStringLiteral(FAZHI_SHARED_DIR "/corpus/seeds/") << 0.95 << 0.95;
        // Written by a helper who never saw the rules; a regression set since it was first scored
        // (0.942 / 0.922 before any rule was changed for it).
        QTest::newRow("heldout") << QStringLiteral(FAZHI_TEST_DATA "/heldout/heldout.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/heldout/") << 0.95 << 0.95;
        // A second set by another helper, longer and harder (0.836 / 0.750 before any rule was
        // changed for it); some of its headline conventions differ from the seeds'.
        QTest::newRow("blind2") << QStringLiteral(FAZHI_TEST_DATA "/blind2/blind2.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind2/") << 0.95 << 0.93;
        // A third, written the same way (0.982 / 0.981 before any rule was changed for it).
        QTest::newRow("blind3") << QStringLiteral(FAZHI_TEST_DATA "/blind3/blind3.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind3/") << 0.99 << 0.97;
        // A fourth, of web pages, tables and encodings (0.943 / 1.000 before any rule was changed).
        QTest::newRow("blind4") << QStringLiteral(FAZHI_TEST_DATA "/blind4/blind4.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind4/") << 0.99 << 0.97;
        // A fifth, of phrasing variety for the scored keys (0.967 / 0.944 before any change).
        QTest::newRow("blind5") << QStringLiteral(FAZHI_TEST_DATA "/blind5/blind5.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind5/") << 0.99 << 0.97;
        // A sixth, of other periods, headline choice and unusual divisions (0.929 / 0.840 / 0.917
        // before any change); a development zone's report and two headline calls are left.
        QTest::newRow("blind6") << QStringLiteral(FAZHI_TEST_DATA "/blind6/blind6.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind6/") << 0.99 << 0.93;
        // A seventh, of how numbers are written (ranges, 千元, full-width, 增至) and how figures
        // relate (应出庭/实际出庭, 其中 sentences): 0.954 / 0.957 / 0.875 before any change.
        QTest::newRow("blind7") << QStringLiteral(FAZHI_TEST_DATA "/blind7/blind7.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind7/") << 0.99 << 0.97;
        // An eighth, of text copied out of PDFs and web pages (hard line breaks inside figures,
        // page furniture, spaced tables, a table of contents): 0.733 / 0.569 / 0.958 before any change.
        QTest::newRow("blind8") << QStringLiteral(FAZHI_TEST_DATA "/blind8/blind8.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind8/") << 0.98 << 0.97;
        // A ninth, of department reports from many sectors (0.959 / 0.899 / 0.958 before any
        // change), and a tenth, of HTML pages (tables with rowspan, Word exports, WeChat copies,
        // GBK without a charset: 0.885 / 0.896 / 1.000).
        QTest::newRow("blind9") << QStringLiteral(FAZHI_TEST_DATA "/blind9/blind9.gold.json")
                                << QStringLiteral(FAZHI_TEST_DATA "/blind9/") << 0.99 << 0.97;
        QTest::newRow("blind10") << QStringLiteral(FAZHI_TEST_DATA "/blind10/blind10.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind10/") << 0.96 << 0.93;
        // An eleventh, of cities and provinces listing their sub-units (0.877 / 0.925 / 1.000
        // before any change), and a twelfth, of townships with small and zero figures (0.764 /
        // 0.700 / 0.917); both still have gaps (see their READMEs and the closing notes).
        QTest::newRow("blind11") << QStringLiteral(FAZHI_TEST_DATA "/blind11/blind11.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind11/") << 0.99 << 0.95;
        QTest::newRow("blind12") << QStringLiteral(FAZHI_TEST_DATA "/blind12/blind12.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind12/") << 0.93 << 0.83;
        // A thirteenth, of comparisons, rates and periods in simplified and traditional characters
        // (Big5, UTF-16): 0.964 / 0.920 / 1.000 when first scored; a fourteenth, of recent (2023–2025)
        // and long reports with quarters, an HTML table beside last year's column and a bureau's
        // report: 0.966 / 0.937 / 1.000.
        QTest::newRow("blind13") << QStringLiteral(FAZHI_TEST_DATA "/blind13/blind13.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind13/") << 0.99 << 0.95;
        QTest::newRow("blind14") << QStringLiteral(FAZHI_TEST_DATA "/blind14/blind14.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind14/") << 0.99 << 0.97;
        // A fifteenth, of Word files (merged cells, text boxes, tracked changes, content controls)
        // and text copied out of Word: 0.867 / 0.859 / 1.000 when first scored; a sixteenth, of how
        // figures relate across every core key (parts, wholes, 分别, units): 0.935 / 0.887 / 1.000.
        QTest::newRow("blind15") << QStringLiteral(FAZHI_TEST_DATA "/blind15/blind15.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind15/") << 0.97 << 0.97;
        QTest::newRow("blind16") << QStringLiteral(FAZHI_TEST_DATA "/blind16/blind16.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind16/") << 0.97 << 0.97;
        // An eighteenth, of which figure is the headline when each is stated at several scopes:
        // 0.955 / 0.850 / 0.958 when first scored. (The seventeenth, of PDF files, is scored by
        // test_formats, which reads PDFs.)
        QTest::newRow("blind18") << QStringLiteral(FAZHI_TEST_DATA "/blind18/blind18.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind18/") << 0.98 << 0.96;
        // A nineteenth, of older reports (2013–2017, 依法行政, GB18030, Chinese-numeral years):
        // 0.963 / 0.861 / 0.958 when first scored.
        QTest::newRow("blind19") << QStringLiteral(FAZHI_TEST_DATA "/blind19/blind19.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind19/") << 0.98 << 0.98;
        // A twentieth, of noisy copies (WeChat and portal pages, GBK by meta, full-width digits,
        // spaced thousands, OCR noise): 0.952 / 0.922 / 0.958 when first scored; gaps remain.
        QTest::newRow("blind20") << QStringLiteral(FAZHI_TEST_DATA "/blind20/blind20.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind20/") << 0.95 << 0.94;
        QTest::newRow("blind21") << QStringLiteral(FAZHI_TEST_DATA "/blind21/blind21.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind21/") << 0.99 << 0.98;
        QTest::newRow("blind22") << QStringLiteral(FAZHI_TEST_DATA "/blind22/blind22.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind22/") << 0.97 << 0.95;
        QTest::newRow("blind23") << QStringLiteral(FAZHI_TEST_DATA "/blind23/blind23.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind23/") << 0.96 << 0.95;
        QTest::newRow("blind24") << QStringLiteral(FAZHI_TEST_DATA "/blind24/blind24.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind24/") << 0.95 << 0.96;
        QTest::newRow("blind25") << QStringLiteral(FAZHI_TEST_DATA "/blind25/blind25.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind25/") << 0.96 << 0.96;
        QTest::newRow("blind26") << QStringLiteral(FAZHI_TEST_DATA "/blind26/blind26.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind26/") << 0.98 << 0.98;
        // A twenty-seventh, of ordinary reports at full length (0.940 / 0.949 / 1.000 when first
        // scored), and a twenty-eighth, of the epidemic years (0.949 / 0.949 / 1.000); a twenty-ninth,
        // of cities and county-level cities (0.986 / 0.963 / 1.000), and a thirtieth, of districts'
        // and counties' portal pages (0.975 / 1.000 / 1.000).
        QTest::newRow("blind27") << QStringLiteral(FAZHI_TEST_DATA "/blind27/blind27.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind27/") << 0.99 << 0.99;
        QTest::newRow("blind28") << QStringLiteral(FAZHI_TEST_DATA "/blind28/blind28.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind28/") << 0.99 << 0.99;
        QTest::newRow("blind29") << QStringLiteral(FAZHI_TEST_DATA "/blind29/blind29.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind29/") << 0.99 << 0.99;
        QTest::newRow("blind30") << QStringLiteral(FAZHI_TEST_DATA "/blind30/blind30.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind30/") << 0.99 << 0.99;
        // A thirty-first, of departments' own reports (0.854 / 0.903 / 0.958 when first scored), and a
        // thirty-second, of townships and streets (0.941 / 0.942 / 1.000); both keep gaps.
        QTest::newRow("blind31") << QStringLiteral(FAZHI_TEST_DATA "/blind31/blind31.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind31/") << 0.95 << 0.95;
        QTest::newRow("blind32") << QStringLiteral(FAZHI_TEST_DATA "/blind32/blind32.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind32/") << 0.98 << 0.96;
        // A thirty-third, of more departments (0.928 / 0.889 / 1.000 when first scored), and a
        // thirty-fourth, of counties in the north-east, north-west, Tibet and Hainan (0.842 / 0.747 /
        // 0.750 scored mid-writing; 0.967 / 0.949 / 1.000 complete, before its rules).
        QTest::newRow("blind33") << QStringLiteral(FAZHI_TEST_DATA "/blind33/blind33.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind33/") << 0.95 << 0.93;
        QTest::newRow("blind34") << QStringLiteral(FAZHI_TEST_DATA "/blind34/blind34.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind34/") << 0.98 << 0.94;
        // Thirty-fifth to thirty-eighth: prefectures and the municipalities' districts (0.976 / 0.963 /
        // 1.000 when first scored), reports in traditional characters (0.984 / 0.938 / 1.000), eight
        // departments of sectors not used before (0.968 / 0.895 / 1.000), and central China's 2024 and
        // 2025 reports (0.973 / 0.963 / 1.000).
        QTest::newRow("blind35") << QStringLiteral(FAZHI_TEST_DATA "/blind35/blind35.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind35/") << 0.98 << 0.95;
        QTest::newRow("blind36") << QStringLiteral(FAZHI_TEST_DATA "/blind36/blind36.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind36/") << 0.98 << 0.93;
        QTest::newRow("blind37") << QStringLiteral(FAZHI_TEST_DATA "/blind37/blind37.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind37/") << 0.96 << 0.89;
        QTest::newRow("blind38") << QStringLiteral(FAZHI_TEST_DATA "/blind38/blind38.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind38/") << 0.98 << 0.96;
        // Thirty-ninth to forty-first: south-western counties (0.987 / 0.950 / 1.000 when first scored),
        // development zones and new areas (0.971 / 0.840 / 0.875), and reports whose figures are pulled
        // out into cards, highlight lists and tables beside the prose (0.953 / 0.988 / 1.000).
        QTest::newRow("blind39") << QStringLiteral(FAZHI_TEST_DATA "/blind39/blind39.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind39/") << 0.98 << 0.95;
        QTest::newRow("blind40") << QStringLiteral(FAZHI_TEST_DATA "/blind40/blind40.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind40/") << 0.97 << 0.85;
        QTest::newRow("blind41") << QStringLiteral(FAZHI_TEST_DATA "/blind41/blind41.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind41/") << 0.95 << 0.98;
        // Forty-second and forty-third: urban districts of provincial capitals (0.974 / 0.975 / 1.000
        // when first scored) and northern counties in the years of the 2015–2020 outline (0.996 /
        // 0.988 / 1.000).
        QTest::newRow("blind42") << QStringLiteral(FAZHI_TEST_DATA "/blind42/blind42.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind42/") << 0.98 << 0.97;
        QTest::newRow("blind43") << QStringLiteral(FAZHI_TEST_DATA "/blind43/blind43.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind43/") << 0.99 << 0.98;
        // Forty-fourth and forty-fifth: streets and towns of the south and east (0.967 / 0.887 / 1.000
        // when first scored) and prefecture cities' enforcement bureaus (0.982 / 0.926 / 1.000).
        QTest::newRow("blind44") << QStringLiteral(FAZHI_TEST_DATA "/blind44/blind44.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind44/") << 0.98 << 0.93;
        QTest::newRow("blind45") << QStringLiteral(FAZHI_TEST_DATA "/blind45/blind45.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind45/") << 0.98 << 0.92;
        // Forty-sixth: provinces and provincial departments (0.990 / 0.910 / 1.000 when first scored).
        QTest::newRow("blind46") << QStringLiteral(FAZHI_TEST_DATA "/blind46/blind46.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind46/") << 0.98 << 0.94;
        // Forty-seventh: ordinary counties of the south at full length (0.989 / 1.000 / 1.000 when
        // first scored, no rule changed for it).
        QTest::newRow("blind47") << QStringLiteral(FAZHI_TEST_DATA "/blind47/blind47.gold.json")
                                 << QStringLiteral(FAZHI_TEST_DATA "/blind47/") << 0.98 << 0.98;
    }
};

QTEST_GUILESS_MAIN(TestExtraction)
#include "test_extraction.moc"
