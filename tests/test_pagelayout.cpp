// Site chrome: navigation, toolbars and footers are marked; the body lies between them.
#include "pagelayout.h"
#include "textfold.h"
#include <QtTest>

using namespace fz;

class TestPageLayout : public QObject
{
    Q_OBJECT
    static bool chromeLine(const QString &text, const QString &line)
    {
        const QString folded = fold(text);
        const PageLayout l = detectPageLayout(folded);
        const int pos = int(text.indexOf(line));
        return pos >= 0 && l.isChrome(pos);
    }
private Q_SLOTS:
    void chromeLines_data()
    {
        QTest::addColumn<QString>("line");
        for (const char *l : {"无障碍 | 关怀版 | 简体| 繁体", "字号:", "  • 扫一扫在手机打开当前页",
                              "返回顶部打印页面关闭本页浏览次数:-", "当前位置:杭州道街> 政务公开> 最新文件",
                              "您当前所在位置: 首页 > 政务公开 > 总结公报", "相關詞條", "熱門詞條", "聯絡我們",
                              "天津市宝坻区人民政府 2019年12月3日星期二", "来源:区政府办公室 发布时间:2017-01-10 10:10",
                              "发布日期: 2024-03-26 17:24      来源: 杭州道", "全国各省市政府网站", "滨海新区政府系统网站",
                              "重点链接", "今天是,欢迎访问广州市从化区政府网", "点击关闭", "打印本页 关闭窗口"})
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void chromeLines()
    {
        QFETCH(QString, line);
        const QString text = line + QStringLiteral("\n全年受理行政复议案件5件,全部依法办结。\n");
        QVERIFY(chromeLine(text, line));
    }
    void bodyLinesAreNotChrome_data()
    {
        QTest::addColumn<QString>("line");
        for (const char *l : {"从化区2016年依法行政工作情况报告", "一、依法行政工作情况",
                              "全年共开展行政检查11011家次,实施行政处罚259件,罚没款219.4万元。",
                              "专此报告。", "从化区人民政府", "2017年2月16日", "(一)增强法治意识,提高依法行政能力。"})
            QTest::newRow(l) << QString::fromUtf8(l);
    }
    void bodyLinesAreNotChrome()
    {
        QFETCH(QString, line);
        const QString text = QStringLiteral("标题报告\n") + line + QStringLiteral("\n结尾。");
        QVERIFY(!chromeLine(text, line));
    }
    void bodyRangeSkipsLeadingAndTrailingChrome()
    {
        const QString text = QStringLiteral("无障碍 | 关怀版 | 简体| 繁体\n当前位置:首页>政务公开\n\n"
                                            "  某区2020年法治政府建设情况报告\n正文第一段。\n正文第二段。\n\n返回顶部\n联系我们\n");
        const PageLayout l = detectPageLayout(fold(text));
        QCOMPARE(text.mid(l.bodyStart, 4), QStringLiteral("某区20"));
        QVERIFY(text.mid(l.bodyStart, l.bodyEnd - l.bodyStart).endsWith(QStringLiteral("正文第二段。")));
        QCOMPARE(l.chrome.size(), 4);
    }
    void plainReportHasNoChrome()
    {
        const QString text = QStringLiteral("区政府常务会前学法已成常态\n2017年,平房区全年受理5起行政复议案件。");
        const PageLayout l = detectPageLayout(fold(text));
        QVERIFY(l.chrome.isEmpty());
        QCOMPARE(l.bodyStart, 0);
        QCOMPARE(l.bodyEnd, int(text.size()));
    }
    void seedsBodyStartsAtTitle()
    {
        const QString dir = QStringLiteral(FAZHI_SHARED_DIR "/corpus/seeds/");
        QFile f(dir + QStringLiteral("002_808629f87b488684.txt"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("seed corpus not present");
        const QString text = QString::fromUtf8(f.readAll());
        const PageLayout l = detectPageLayout(fold(text));
        QVERIFY(text.mid(l.bodyStart).startsWith(QStringLiteral("从化区2016年依法行政工作情况报告")));
        QVERIFY(text.mid(0, l.bodyEnd).trimmed().endsWith(QStringLiteral("2017年2月16日")));
    }
};

QTEST_GUILESS_MAIN(TestPageLayout)
#include "test_pagelayout.moc"
