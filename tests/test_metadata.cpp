// Metadata: title, region resolved through the gazetteer, parents, level, covered year and
// published date; the five seeds are checked against their hand-made answers when present.
#include "gazetteer.h"
#include "reportanalysis.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fz;

class TestMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gazetteerResolvesDistricts()
    {
        const Gazetteer &g = Gazetteer::instance();
        QVERIFY(g.size() > 40000);
        const QVector<int> baodi = g.lookup(QStringLiteral("宝坻区"));
        QCOMPARE(baodi.size(), 1);
        QCOMPARE(g.ancestorNames(baodi.first()), QStringList{QStringLiteral("天津市")});
        const QVector<int> conghua = g.lookup(QStringLiteral("从化区"));
        QCOMPARE(g.ancestorNames(conghua.first()), (QStringList{QStringLiteral("广州市"), QStringLiteral("广东省")}));
        QCOMPARE(g.at(conghua.first()).code, QStringLiteral("440117"));
        QVERIFY(g.lookup(QStringLiteral("鼓楼区")).size() > 1); // several cities have one
    }
    void streetsHangUnderTheirDistrict()
    {
        const Gazetteer &g = Gazetteer::instance();
        const QVector<int> s = g.lookup(QStringLiteral("杭州道街道"));
        QVERIFY(!s.isEmpty());
        QCOMPARE(g.ancestorNames(s.first()), (QStringList{QStringLiteral("滨海新区"), QStringLiteral("天津市")}));
    }
    void findAllKeepsLongestNames()
    {
        const QVector<GazetteerHit> hits = Gazetteer::instance().findAll(QStringLiteral("天津市滨海新区杭州道街道办事处"), true);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(1).length, 4); // 滨海新区
        QCOMPARE(hits.at(2).length, 5); // 杭州道街道
    }
    void districtReport()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "当前位置:首页>政务公开\n余杭区2019年法治政府建设工作报告\n发布时间：2020-02-11\n2019年，余杭区…全年受理行政复议案件12件。"));
        QCOMPARE(a.meta.region, QStringLiteral("余杭区"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("杭州市"), QStringLiteral("浙江省")}));
        QCOMPARE(a.meta.level, QStringLiteral("district"));
        QCOMPARE(a.meta.year, 2019);
        QCOMPARE(a.meta.published, QStringLiteral("2020-02-11"));
        QCOMPARE(a.meta.title, QStringLiteral("余杭区2019年法治政府建设工作报告"));
    }
    void aLeaguesAdministrativeOfficeIsItsGovernment()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("锡林郭勒盟行政公署关于2015年依法行政工作情况的报告\n自治区人民政府：\n2015年，全盟依法行政。"));
        QCOMPARE(a.meta.region, QStringLiteral("锡林郭勒盟"));
        QCOMPARE(a.meta.level, QStringLiteral("city"));
        QCOMPARE(a.meta.year, 2015);
    }
    void aSitesMenuDoesNotPushTheTitleOut()
    {
        QString text = QStringLiteral("2020年3月27日 星期五 设为首页 | 加入收藏 | 手机版\n六盘水 小雨 8℃～15℃\n");
        for (const char *w : {"搜索", "首页", "时政", "凉都", "县区", "社会", "经济", "法治", "文旅", "视频", "专题"})
            text += QString::fromUtf8(w) + u'\n';
        text += QStringLiteral("当前位置：首页 > 法治 > 正文\n六盘水市人民政府关于2019年法治政府建设情况的报告\n2019年，全市依法行政。\n");
        const ReportAnalysis a = analyseText(text);
        QCOMPARE(a.meta.title, QStringLiteral("六盘水市人民政府关于2019年法治政府建设情况的报告"));
        QCOMPARE(a.meta.year, 2019);
    }
    void aDevelopmentZonesCommitteeReportsAsADepartment()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("宁乡经济技术开发区管理委员会2022年法治政府建设工作报告\n宁乡经济技术开发区位于宁乡市，管委会是宁乡市人民政府的派出机构。2022年，经开区依法行政。"));
        QCOMPARE(a.meta.region, QStringLiteral("宁乡市"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
        // The city before the county of the same name, not a town the zone manages; a zone the
        // gazetteer lists as a township-level unit reports for its host; a new area's committee.
        const ReportAnalysis nc = analyseText(QStringLiteral(
            "南昌高新技术产业开发区管理委员会2024年度法治政府建设情况报告\n昌东镇、麻丘镇以镇人民政府名义办理行政处罚案件46件。"));
        QCOMPARE(nc.meta.region, QStringLiteral("南昌市"));
        QCOMPARE(nc.meta.parents, QStringList{QStringLiteral("江西省")});
        const ReportAnalysis cs = analyseText(QStringLiteral("常熟经济技术开发区管理委员会2019年度法治政府建设工作报告\n2019年，经开区依法行政。"));
        QCOMPARE(cs.meta.region, QStringLiteral("常熟市"));
        QCOMPARE(cs.meta.level, QStringLiteral("department"));
        const ReportAnalysis cc = analyseText(QStringLiteral("长春新区管理委员会2025年度法治政府建设情况报告\n2025年，新区依法行政。"));
        QCOMPARE(cc.meta.region, QStringLiteral("长春市"));
        QCOMPARE(cc.meta.level, QStringLiteral("department"));
    }
    void aConjunctionBeforeALevelWordIsNoPlace()
    {
        // 向市政府和县人大常委会报备 names no 和县 (安徽省), even twice; 和县's own report still is.
        const ReportAnalysis a = analyseText(QStringLiteral(
            "关于2020年度法治政府建设工作情况的报告\n2020年，在县委、县政府的坚强领导下，玉田县全面推进依法行政。\n"
            "全年审核规范性文件35件，向市政府和县人大常委会报备20件。\n其余文件向市政府和县人大常委会报备10件。"));
        QCOMPARE(a.meta.region, QStringLiteral("玉田县"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("唐山市"), QStringLiteral("河北省")}));
        const ReportAnalysis he = analyseText(QStringLiteral(
            "2020年法治政府建设情况报告\n2020年，和县坚持依法行政，规范性文件向市政府和县人大常委会报备。"));
        QCOMPARE(he.meta.region, QStringLiteral("和县"));
    }
    void placeNamesThatFoldingChanges()
    {
        // Text is read folded, and folding turns 乾 into 干: 乾安县 must still be 乾安县, in
        // simplified and in traditional writing.
        for (const QString &text : {QStringLiteral("乾安县2024年度法治政府建设工作报告\n2024年，乾安县共收到行政复议申请5件。"),
                                    QStringLiteral("乾安縣2024年度法治政府建設工作報告\n2024年，乾安縣共收到行政複議申請5件。")}) {
            const ReportAnalysis a = analyseText(text);
            QCOMPARE(a.meta.region, QStringLiteral("乾安县"));
            QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("松原市"), QStringLiteral("吉林省")}));
            QCOMPARE(a.meta.level, QStringLiteral("district"));
            QCOMPARE(a.meta.year, 2024);
        }
        const QVector<GazetteerHit> hits = Gazetteer::instance().findAll(QStringLiteral("干安县"), false);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(Gazetteer::instance().at(hits.first().divisions.first()).name, QStringLiteral("乾安县"));
    }
    void countyLevelNameOverNamesakeZone()
    {
        // 白塔区 is a district of 辽阳市 and also a management zone (9-digit code) elsewhere.
        const ReportAnalysis a = analyseText(QStringLiteral(
            "2019年法治政府建设情况报告\n\n2019年，在区委、区政府的坚强领导下，白塔区紧紧围绕法治政府建设目标任务。"));
        QCOMPARE(a.meta.region, QStringLiteral("白塔区"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("辽阳市"), QStringLiteral("辽宁省")}));
        QCOMPARE(a.meta.level, QStringLiteral("district"));
    }
    void uniqueTownshipOpeningTheTitle()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "良莊鎮2024年度法治建設工作情況報告\n2024年，良莊鎮堅持依法行政。"));
        QCOMPARE(a.meta.region, QStringLiteral("良庄镇"));
        QCOMPARE(a.meta.parents.value(0), QStringLiteral("岱岳区"));
        QCOMPARE(a.meta.level, QStringLiteral("street"));
    }
    void aTownshipWithNamesakesOpeningTheTitle()
    {
        // 周庄镇 has namesakes, all townships, none under the 昆山市 the addressee names: still the
        // reporting township, its parents unknown.
        const ReportAnalysis a = analyseText(QStringLiteral(
            "周庄镇2023年法治政府建设工作情况报告\n\n中共昆山市委全面依法治市委员会办公室：\n2023年，周庄镇在昆山市委、市政府的领导下…"));
        QCOMPARE(a.meta.region, QStringLiteral("周庄镇"));
        QCOMPARE(a.meta.level, QStringLiteral("street"));
    }
    void aBreadcrumbWithDotsIsNoTitle()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "扬州市市场监督管理局\n首页 • 政务公开 • 法治政府建设 • 年度报告\n扬州市市场监督管理局2023年法治政府建设年度报告\n正文"));
        QCOMPARE(a.meta.title, QStringLiteral("扬州市市场监督管理局2023年法治政府建设年度报告"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
    }
    void departmentReport()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("永嘉县司法局2020年法治政府建设年度报告\n2020年，我局…"));
        QCOMPARE(a.meta.region, QStringLiteral("永嘉县"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("温州市"), QStringLiteral("浙江省")}));
    }
    void aCityBureausBranchServesItsCounty()
    {
        // 江门市生态环境局鹤山分局 reports for 鹤山市, the county-level city it works in.
        const ReportAnalysis a = analyseText(QStringLiteral("江门市生态环境局鹤山分局2022年法治政府建设年度报告\n2022年，我分局…\n"));
        QCOMPARE(a.meta.region, QStringLiteral("鹤山市"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("江门市"), QStringLiteral("广东省")}));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
    }
    void nationalMinistry()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("司法部2021年法治政府建设年度报告\n2021年，司法部…"));
        QCOMPARE(a.meta.region, QStringLiteral("全国"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
    }
    void cityAndProvinceLevels()
    {
        QCOMPARE(analyseText(QStringLiteral("广州市2018年法治政府建设情况报告\n正文。")).meta.level, QStringLiteral("city"));
        const ReportAnalysis t = analyseText(QStringLiteral("天津市2018年法治政府建设情况报告\n正文。"));
        QCOMPARE(t.meta.level, QStringLiteral("province"));
        QVERIFY(t.meta.parents.isEmpty());
        QCOMPARE(analyseText(QStringLiteral("浙江省人民政府关于2019年度法治政府建设情况的报告\n")).meta.level, QStringLiteral("province"));
    }
    void townWithItsCounty()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("余杭区仁和街道2021年法治政府建设工作报告\n正文。"));
        QCOMPARE(a.meta.region, QStringLiteral("仁和街道"));
        QCOMPARE(a.meta.level, QStringLiteral("street"));
        QCOMPARE(a.meta.parents.first(), QStringLiteral("余杭区"));
    }
    void aTownshipTheGazetteerDoesNotKnowAfterItsCounty()
    {
        // 雁栖 is 雁栖地区 in the gazetteer; the title names the 镇 as the reporting government.
        const ReportAnalysis a = analyseText(QStringLiteral("怀柔区雁栖镇人民政府2016年依法行政工作报告\n区政府：\n2016年，雁栖镇…"));
        QCOMPARE(a.meta.region, QStringLiteral("雁栖镇"));
        QCOMPARE(a.meta.level, QStringLiteral("street"));
        QCOMPARE(a.meta.parents, (QStringList{QStringLiteral("怀柔区"), QStringLiteral("北京市")}));
        QCOMPARE(analyseText(QStringLiteral("昭觉县支尔莫乡2020年法治政府建设情况报告\n正文。")).meta.region, QStringLiteral("支尔莫乡"));
        // The county's own government is no township.
        QCOMPARE(analyseText(QStringLiteral("怀柔区人民政府2016年依法行政工作报告\n正文。")).meta.level, QStringLiteral("district"));
    }
    void aTitleSetOnTwoLines()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "郑州市金水区人力资源和社会保障局\n关于2019年度法治政府建设工作情况的报告\n金水区人民政府：\n2019年，区人社局…"));
        QCOMPARE(a.meta.region, QStringLiteral("金水区"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
        QCOMPARE(a.meta.title, QStringLiteral("郑州市金水区人力资源和社会保障局关于2019年度法治政府建设工作情况的报告"));
        const ReportAnalysis y = analyseText(QStringLiteral(
            "重庆市九龙坡区规划和自然资源局\n2021年法治政府建设情况报告\n区委依法治区办：\n2021年，区规划和自然资源局…"));
        QCOMPARE(y.meta.region, QStringLiteral("九龙坡区"));
        QCOMPARE(y.meta.level, QStringLiteral("department"));
        // A site's banner line above a title is no part of it.
        const ReportAnalysis b = analyseText(QStringLiteral(
            "新闻中心\n关于2018年度法治政府建设工作情况的报告\n2018年，文水县…"));
        QCOMPARE(b.meta.title, QStringLiteral("关于2018年度法治政府建设工作情况的报告"));
        QCOMPARE(b.meta.year, 2018);
    }
    void aBreadcrumbIsNoTitle()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "德清县人民政府 > 部门信息公开 > 县市场监管局 > 法治政府建设\n\n德清县市场监督管理局2022年度法治政府建设工作报告\n"
            "2022年，德清县市场监督管理局…"));
        QCOMPARE(a.meta.region, QStringLiteral("德清县"));
        QCOMPARE(a.meta.level, QStringLiteral("department"));
    }
    void ambiguousNameKeepsNoParents()
    {
        const ReportAnalysis a = analyseText(QStringLiteral("鼓楼区2019年法治政府建设情况报告\n2019年，全区…"));
        QCOMPARE(a.meta.region, QStringLiteral("鼓楼区"));
        QCOMPARE(a.meta.level, QStringLiteral("district"));
        QVERIFY(a.meta.parents.isEmpty());
        // With its city named, the parents are clear.
        const ReportAnalysis b = analyseText(QStringLiteral("南京市鼓楼区2019年法治政府建设情况报告\n正文"));
        QCOMPARE(b.meta.parents, (QStringList{QStringLiteral("南京市"), QStringLiteral("江苏省")}));
    }
    void yearIsTheCoveredYearNotTheBanner()
    {
        const ReportAnalysis a = analyseText(QStringLiteral(
            "某某网 2021年3月5日星期五\n区政府常务会前学法已成常态\n2019年，平房区坚持…到2020年全面建成…"
            "2019年3月1日，召开会议。\n2020年，平房区将继续加强法治建设。"));
        QCOMPARE(a.meta.year, 2019);
        QCOMPARE(a.meta.region, QStringLiteral("平房区"));
        QVERIFY(a.meta.published.isEmpty());
    }
    void seedsMatchTheirAnswers()
    {
        const QString dir = QStringLiteral(FAZHI_SHARED_DIR "/corpus/");
        QFile goldFile(dir + QStringLiteral("seeds.gold.json"));
        if (!goldFile.open(QIODevice::ReadOnly))
            QSKIP("seed corpus not present");
        const QJsonObject reports = QJsonDocument::fromJson(goldFile.readAll()).object().value(QLatin1String("reports")).toObject();
        QCOMPARE(reports.size(), 5);
        for (auto it = reports.begin(); it != reports.end(); ++it) {
            const QJsonObject g = it.value().toObject();
            const ReportAnalysis a = analyseFile(dir + QStringLiteral("seeds/") + it.key());
            QVERIFY2(a.ok(), qPrintable(a.error));
            const QByteArray name = it.key().toUtf8();
            QVERIFY2(a.meta.region == g.value(QLatin1String("region")).toString(), name.constData());
            QStringList parents;
            for (const QJsonValue &p : g.value(QLatin1String("parents")).toArray()) parents << p.toString();
            QVERIFY2(a.meta.parents == parents, name.constData());
            QVERIFY2(a.meta.level == g.value(QLatin1String("level")).toString(), name.constData());
            QVERIFY2(a.meta.year == g.value(QLatin1String("year")).toInt(), name.constData());
            const QString published = g.value(QLatin1String("published")).toString();
            QVERIFY2(a.meta.published == published, name.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "test_metadata.moc"
