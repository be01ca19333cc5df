// The Chinese number recogniser: every written form a report uses, the things that are not
// numbers, and agreement with the public recognizers-text suite where its conventions are ours.
#include "chinesenumbers.h"
#include "textfold.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace fz;

namespace {
struct Found {
    QString text;
    double value;
    NumberKind kind;
    bool approximate;
    bool change;
};
QVector<Found> find(const QString &line)
{
    QVector<Found> out;
    for (const NumberToken &t : NumberRecognizer::instance().find(fold(line)))
        out.append({line.mid(t.start, t.end - t.start), t.value, t.kind, t.approximate, t.change});
    return out;
}
}

class TestNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("approximate");
        const int N = int(NumberKind::Number), P = int(NumberKind::Percent), M = int(NumberKind::Money);
        QTest::newRow("digits") << "实施行政处罚259件" << "259" << 259.0 << N << false;
        QTest::newRow("separators") << "罚没款1,234,567元" << "1,234,567元" << 1234567.0 << M << false;
        QTest::newRow("full-width separators") << "罚款４，５６５元" << "４，５６５元" << 4565.0 << M << false;
        QTest::newRow("decimal") << "罚款24879.5元" << "24879.5元" << 24879.5 << M << false;
        QTest::newRow("full-width digits") << "受理１２３件" << "１２３" << 123.0 << N << false;
        QTest::newRow("stray space") << "实施行政处罚1 5起" << "1 5" << 15.0 << N << false;
        QTest::newRow("wan") << "新增就业1.2万人" << "1.2万" << 12000.0 << N << false;
        QTest::newRow("wan yuan") << "罚没金额4513.423万元" << "4513.423万元" << 45134230.0 << M << false;
        QTest::newRow("yi yuan") << "计划总投资634.5亿元" << "634.5亿元" << 63450000000.0 << M << false;
        QTest::newRow("wan yu yuan") << "罚款0.5万余元" << "0.5万余元" << 5000.0 << M << true;
        QTest::newRow("yu wan yuan") << "涉案金额2500余万元" << "2500余万元" << 25000000.0 << M << true;
        QTest::newRow("small money") << "罚款0.39万元" << "0.39万元" << 3900.0 << M << false;
        QTest::newRow("chinese") << "受理行政复议案件十三件" << "十三" << 13.0 << N << false;
        QTest::newRow("zero inside") << "两千零五十件" << "两千零五十" << 2050.0 << N << false;
        QTest::newRow("wan qian") << "检查一万二千次" << "一万二千" << 12000.0 << N << false;
        QTest::newRow("ling") << "共一百零五件" << "一百零五" << 105.0 << N << false;
        QTest::newRow("circle zero") << "共二○○件" << "二○○" << 200.0 << N << false;
        QTest::newRow("traditional") << "罰款壹萬貳仟元" << "壹萬貳仟元" << 12000.0 << M << false;
        QTest::newRow("capitals") << "金额壹佰贰拾叁元" << "壹佰贰拾叁元" << 123.0 << M << false;
        QTest::newRow("liang") << "兩千四百五十件" << "兩千四百五十" << 2450.0 << N << false;
        QTest::newRow("abbreviated") << "一万三人次" << "一万三" << 13000.0 << N << false;
        QTest::newRow("mixed") << "培训3万5千人" << "3万5千" << 35000.0 << N << false;
        QTest::newRow("mixed arabic tail") << "覆盖3万4000户" << "3万4000" << 34000.0 << N << false;
        QTest::newRow("percent") << "出庭应诉率达93.75%" << "93.75%" << 93.75 << P << false;
        QTest::newRow("full-width percent") << "办结率１００％" << "１００％" << 100.0 << P << false;
        QTest::newRow("percent words") << "达到百分之九十" << "百分之九十" << 90.0 << P << false;
        QTest::newRow("percent hundred") << "百分之百完成" << "百分之百" << 100.0 << P << false;
        QTest::newRow("fraction") << "占三分之一" << "三分之一" << 1.0 / 3.0 << N << false;
        QTest::newRow("arabic fraction") << "约占1/4" << "1/4" << 0.25 << N << true;
        QTest::newRow("yu") << "办结500余件" << "500余" << 500.0 << N << true;
        QTest::newRow("duo") << "处理40多件" << "40多" << 40.0 << N << true;
        QTest::newRow("jin") << "检查近2万次" << "2万" << 20000.0 << N << true;
        QTest::newRow("yue") << "约300人" << "300" << 300.0 << N << true;
        QTest::newRow("yu prefix") << "逾5000件" << "5000" << 5000.0 << N << true;
        QTest::newRow("chaoguo") << "超过95%" << "95%" << 95.0 << P << true;
        QTest::newRow("zuoyou") << "100件左右" << "100" << 100.0 << N << true;
        QTest::newRow("chinese decimal") << "增长十五点七" << "十五点七" << 15.7 << N << false;
        QTest::newRow("cheng") << "出庭率达到八成" << "八成" << 80.0 << P << false;
        QTest::newRow("cheng and a digit") << "出庭率超过九成五" << "九成五" << 95.0 << P << true;
        QTest::newRow("liang cheng") << "下降两成" << "两成" << 20.0 << P << false;
        QTest::newRow("financial can") << "检查參萬貳仟肆佰陸拾次" << "參萬貳仟肆佰陸拾" << 32460.0 << N << false;
    }
    void chengInWordsIsNoNumber()
    {
        QCOMPARE(find(QStringLiteral("一成不变")).size(), 0);
        QCOMPARE(find(QStringLiteral("三成员")).size(), 0);
        QCOMPARE(find(QStringLiteral("开展联合检查数十次")).size(), 0); // vague
        QCOMPARE(find(QStringLiteral("参加培训")).size(), 0);
    }
    void forms()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(int, kind);
        QFETCH(bool, approximate);
        const QVector<Found> found = find(input);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, text);
        QVERIFY2(std::fabs(found.first().value - value) < 1e-9 * qMax(1.0, value),
                 qPrintable(QString::number(found.first().value, 'g', 15)));
        QCOMPARE(int(found.first().kind), kind);
        QCOMPARE(found.first().approximate, approximate);
    }
    void percentagePointsAreChanges()
    {
        const QVector<Found> f = find(QStringLiteral("比上年提高3.5个百分点"));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().change);
        QCOMPARE(f.first().kind, NumberKind::Percent);
        QCOMPARE(f.first().value, 3.5);
        QVERIFY(find(QStringLiteral("出庭率提高二十个百分点")).first().change);
    }
    void notNumbers_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *s : {"〔2016〕57号", "穗府办〔2014〕46号", "广州市人民政府令第39号", "2016年", "2016年12月3日",
                              "发布时间:2017-01-10 10:10", "(2015-2020年)", "二〇一六年", "十二月", "电话:022-29241234",
                              "手机13812345678", "拨打12345政务服务热线", "8890便民服务专线", "12309检察服务中心",
                              "1.加强组织领导", "2、完善制度", "(3)规范执法", "(一)增强法治意识", "一、依法行政工作情况",
                              "一是完善制度，二是加强监督", "八五普法", "三项制度", "十八大以来", "十三五规划", "四中全会",
                              "进一步统一部署", "一切", "四川", "登陆", "第一", "排名第1", "ICP备12345678号", "A202107211321",
                              // Numerals in quoted slogans and reforms name them.
                              "“綜合查一次”聯合檢查", "推行“两书一函”制度", "「三級聯動」機制", "\"四个一\"工作法",
                              // Ranges name no level; 千元 alone is a unit.
                              "20—60件不等", "3至5次", "五至八次", "２至３次", "30件至70件", "10-20件", "罚没金额（千元）"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }
    void notNumbers()
    {
        QFETCH(QString, input);
        const QVector<Found> f = find(input);
        QString got;
        for (const Found &x : f) got += x.text + QLatin1Char(' ');
        QVERIFY2(f.isEmpty(), qPrintable(got));
    }
    void aNumeralQuotedAloneIsStillANumber()
    {
        // 实现复议诉讼“零”发生: the quote holds only the numeral. A quote's end is found before
        // the sentence goes on: 开展“双随机”抽查214家次 keeps its figure.
        QCOMPARE(find(QStringLiteral("实现复议诉讼“零”发生")).size(), 1);
        const QVector<Found> f = find(QStringLiteral("开展“双随机”抽查二百一十四家次"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().value, 214.0);
    }
    void severalInALine()
    {
        const QVector<Found> f = find(QStringLiteral("收到行政复议申请36件，受理30件，转结上年度13件，共作出决定42件"));
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(3).value, 42.0);
    }
    void measureWords()
    {
        const NumberRecognizer &r = NumberRecognizer::instance();
        int start = 0;
        QCOMPARE(r.measureAt(fold(QStringLiteral("11011家次")), 5, &start), 2);
        QCOMPARE(r.measureAt(fold(QStringLiteral("897\u00a0 件")), 3, &start), 1);
        QCOMPARE(start, 5);
        QCOMPARE(r.measureAt(fold(QStringLiteral("13人次")), 2), 2);
    }
    // Arabic figures are read into an integer and divided once; they must equal what parsing
    // the digits as text gives, to the last bit.
    void arabicValuesAreExact()
    {
        for (const char16_t *digits : {u"0.1", u"0.3", u"24879.5", u"4513.423", u"1234567.89", u"0.000001",
                                      u"999999999999999", u"123456789012.345", u"98765432109876543", u"7.77"}) {
            const QString text = QString::fromUtf16(digits);
            const QVector<Found> f = find(QStringLiteral("共计") + text + QStringLiteral("元"));
            QCOMPARE(f.size(), 1);
            QCOMPARE(f.first().value, text.toDouble());
        }
        const QVector<Found> grouped = find(QStringLiteral("罚没款1,234,567.125元"));
        QCOMPARE(grouped.size(), 1);
        QCOMPARE(grouped.first().value, 1234567.125);
    }
    void tenThousandAndMoreWithoutADigit()
    {
        // 万余次 is ten thousand and more; 数万余, 上万 and 万余元 after a figure are not this.
        const QVector<Found> f = find(QStringLiteral("其中涉企行政检查万余次"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().value, 10000.0);
        QVERIFY(f.first().approximate);
        QCOMPARE(find(QStringLiteral("检查数万余次")).size(), 0);
        QCOMPARE(find(QStringLiteral("万余名群众参加")).size(), 1);
        QCOMPARE(find(QStringLiteral("罚款3万余元")).first().value, 30000.0);
    }
    void parseTypedValues()
    {
        double v = 0;
        QVERIFY(parseNumberText(QStringLiteral("219.4万"), &v));
        QCOMPARE(v, 2194000.0);
        QVERIFY(parseNumberText(QStringLiteral(" 十三 "), &v));
        QCOMPARE(v, 13.0);
        QVERIFY(parseNumberText(QStringLiteral("7"), &v));
        QCOMPARE(v, 7.0);
        QVERIFY(!parseNumberText(QStringLiteral("无"), &v));
    }
    // The public suite (Microsoft Recognizers-Text, MIT). Cases that encode conventions we do
    // not follow are left out on purpose: discounts (折, 成), dozens (打), scientific and power
    // notation, numerals inside ordinary words that the suite counts (这是五), and dates, which
    // our contract says are not numbers.
    void recognizersTextSuite()
    {
        const QString dir = QStringLiteral(FAZHI_SHARED_DIR "/external/recognizers-text/");
        QFile f(dir + QStringLiteral("Number_Chinese_NumberModel.json"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("recognizers-text suite not present");
        int considered = 0, agreed = 0;
        for (const char *name : {"Number_Chinese_NumberModel.json", "Number_Chinese_PercentModel.json"}) {
            QFile file(dir + QString::fromLatin1(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).array()) {
                const QString input = c.toObject().value(QLatin1String("Input")).toString();
                static const QRegularExpression skip(QStringLiteral("[折成打^eEkKM]|[0-9]年|[0-9]月|這|这|是|幾|几|又|\\d\\s+\\d|\\.\\.|－－|双|雙|对|對"));
                if (skip.match(input).hasMatch())
                    continue;
                ++considered;
                QVector<double> want;
                for (const QJsonValue &r : c.toObject().value(QLatin1String("Results")).toArray()) {
                    QString v = r.toObject().value(QLatin1String("Resolution")).toObject().value(QLatin1String("value")).toString();
                    v.remove(u'%');
                    want << v.toDouble();
                }
                QVector<double> got;
                for (const Found &x : find(input)) got << x.value;
                std::sort(want.begin(), want.end());
                std::sort(got.begin(), got.end());
                bool same = want.size() == got.size();
                for (int i = 0; same && i < want.size(); ++i)
                    same = std::fabs(want.at(i) - got.at(i)) <= 1e-6 * qMax(1.0, std::fabs(want.at(i)));
                if (same) ++agreed;
                else qInfo("disagree: %s", qPrintable(input));
            }
        }
        qInfo("recognizers-text: %d of %d considered cases agree", agreed, considered);
        QVERIFY(considered > 300);
        QVERIFY2(agreed >= considered * 0.93, qPrintable(QStringLiteral("%1/%2").arg(agreed).arg(considered)));
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "test_numbers.moc"
