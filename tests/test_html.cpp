// HTML to text: scripts and styles dropped, entities decoded, paragraphs kept, tables as rows.
#include "documentreader.h"
#include "htmltext.h"
#include "plaintextreader.h"
#include "textdecoder.h"
#include <QtTest>

using namespace fz;

class TestHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptsAndStylesAreDropped()
    {
        const HtmlText t = htmlToText(QStringLiteral(
            "<html><head><title>宝坻区 - 依法行政报告</title><style>p{color:red}</style>"
            "<script>var x = '<p>不是正文</p>';</script></head>"
            "<body><p>全年受理行政复议案件5件。</p><noscript>请开启脚本</noscript></body></html>"));
        QCOMPARE(t.text, QStringLiteral("全年受理行政复议案件5件。"));
        QCOMPARE(t.title, QStringLiteral("宝坻区 - 依法行政报告"));
    }
    void hiddenElementsAreDropped()
    {
        // A share box the page does not show repeats figures; nested elements inside it go with it,
        // and a hidden void element hides nothing after it.
        const HtmlText t = htmlToText(QStringLiteral(
            "<body><div class=\"share-box\" style=\"display: none\"><p>分享到</p><div><p>办理行政处罚案件21486件</p></div></div>"
            "<input type=\"hidden\" value=\"1\"><section hidden><span>隐藏</span></section>"
            "<p>全区共办理行政处罚案件21,486件。</p></body>"));
        QCOMPARE(t.text, QStringLiteral("全区共办理行政处罚案件21,486件。"));
    }
    void entitiesAreDecoded()
    {
        const HtmlText t = htmlToText(QStringLiteral("<p>罚款&nbsp;650&nbsp;元 &amp; &lt;其他&gt; &#20013;&#x6587; &ldquo;引号&rdquo;</p>"));
        QCOMPARE(t.text, QStringLiteral("罚款\u00a0650\u00a0元 & <其他> 中文 \u201c引号\u201d"));
    }
    void paragraphBreaksAreKept()
    {
        const HtmlText t = htmlToText(QStringLiteral(
            "<div>一、依法行政工作情况</div><p>第一段\n  继续。</p><p>第二段<br>换行</p>"));
        QCOMPARE(t.text, QStringLiteral("一、依法行政工作情况\n\n第一段 继续。\n\n第二段\n\n换行"));
    }
    void tablesBecomeRows()
    {
        const HtmlText t = htmlToText(QStringLiteral(
            "<table><tr><th>单位</th><th>行政处罚(件)</th></tr><tr><td>区市场监管局</td><td>120</td></tr>"
            "<tr><td>合计</td><td>500</td></tr></table>"));
        QCOMPARE(t.text, QStringLiteral("单位 | 行政处罚(件)\n\n区市场监管局 | 120\n\n合计 | 500"));
    }
    void spannedCellsKeepTheirColumns()
    {
        // rowspan carries a category into the rows below it (not a figure: that is read once);
        // colspan repeats a heading; a cell's <br> and <p> part clauses and keep the row one line.
        const HtmlText t = htmlToText(QStringLiteral(
            "<table><tr><th rowspan=\"2\">类别</th><th rowspan=\"2\">项目</th><th colspan=\"2\">数量</th></tr>"
            "<tr><th>全省</th><th>其中：省本级</th></tr>"
            "<tr><td rowspan=\"2\">行政复议</td><td>收到申请（件）</td><td>3,862</td><td>614</td></tr>"
            "<tr><td>受理（件）</td><td>3,517</td><td>562</td></tr>"
            "<tr><td>行政诉讼</td><td rowspan=\"2\">7件</td><td>出庭7件<br>出庭率100%</td><td><p>a</p><p>b</p></td></tr>"
            "<tr><td>其他</td><td>x</td><td>y</td></tr></table>"));
        const QStringList lines = t.text.split(QStringLiteral("\n\n"));
        QCOMPARE(lines.value(0), QStringLiteral("类别 | 项目 | 数量 | 数量"));
        QCOMPARE(lines.value(1), QStringLiteral("类别 | 项目 | 全省 | 其中：省本级"));
        QCOMPARE(lines.value(2), QStringLiteral("行政复议 | 收到申请（件） | 3,862 | 614"));
        QCOMPARE(lines.value(3), QStringLiteral("行政复议 | 受理（件） | 3,517 | 562"));
        QCOMPARE(lines.value(4), QStringLiteral("行政诉讼 | 7件 | 出庭7件；出庭率100% | a；b"));
        QCOMPARE(lines.value(5), QStringLiteral("其他 | | x | y")); // the carried figure is not repeated
    }
    void commentsAndUnknownTagsAreSkipped()
    {
        const HtmlText t = htmlToText(QStringLiteral("<!-- 注释 --><p>正<span class=\"x\">文</span></p><!DOCTYPE html>"));
        QCOMPARE(t.text, QStringLiteral("正文"));
    }
    void metaCharsetIsSniffed()
    {
        QCOMPARE(sniffHtmlCharset("<html><head><meta charset=\"gb2312\"></head>"), QByteArray("gb2312"));
        QCOMPARE(sniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">"), QByteArray("gbk"));
        QVERIFY(sniffHtmlCharset("<html><body>none</body></html>").isEmpty());
    }
    void gbkPageDecodesThroughItsMetaTag()
    {
        const QString html = QStringLiteral(
            "<html><head><meta charset=\"gbk\"><title>报告</title></head><body><p>共受理行政复议申请14件</p></body></html>");
        const ReadDocument d = HtmlReader().read(encodeText(html, QStringLiteral("GB18030")));
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.text, QStringLiteral("共受理行政复议申请14件"));
        QCOMPARE(d.titleHint, QStringLiteral("报告"));
    }
    void emptyPageIsRefused()
    {
        const ReadDocument d = HtmlReader().read("<html><body><script>x</script></body></html>");
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QLatin1String("empty")));
    }
};

QTEST_GUILESS_MAIN(TestHtml)
#include "test_html.moc"
