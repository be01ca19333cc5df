// PDF and Word reports: text per page with layout line breaks joined and the spaces between
// Chinese and digits dropped, page numbers gone; .docx paragraphs and tables; a password, a
// missing text layer or a damaged file each refused with a clear reason; both formats import.
#include "extractionscore.h"
#include "docxreader.h"
#include "importjob.h"
#include "pdfreader.h"
#include "pdftext.h"
#include "reportanalysis.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>
#include <zip.h>

using namespace fz;

namespace {

const QString kParagraph = QStringLiteral(
    "2020年，全区共受理行政复议申请14件，审结13件，直接纠错案件6件。全年全区共作出各类行政处罚121675宗，"
    "罚没金额4513.423万元。全区行政机关负责人出庭应诉率达到95.5%，比上年提高3个百分点。");

// A report laid out on pages as a word processor would: wrapped lines, page numbers in the footer.
void writePdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setTitle(QStringLiteral("某区2020年法治政府建设情况报告"));
    w.setResolution(150);
    QPainter p(&w);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));
    const QRect page(0, 0, w.width(), w.height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0) w.newPage();
        QRect r = page.adjusted(60, 60, -60, -160);
        if (i == 0) {
            p.drawText(r, Qt::AlignHCenter | Qt::TextWordWrap, QStringLiteral("某区2020年法治政府建设情况报告"));
            r.adjust(0, 90, 0, 0);
        }
        // Split digits from Chinese as PDF generators often do, and wrap at the page width.
        QString body = i == 0 ? kParagraph
                              : QStringLiteral("第%1部分：全年开展普法活动%2场次，培训执法人员%3人次，持续推进法治宣传教育。")
                                    .arg(i + 1).arg(10 + i).arg(100 * i);
        body.replace(QStringLiteral("14件"), QStringLiteral("14 件"));
        p.drawText(r, Qt::TextWordWrap, (i == 0 ? QStringLiteral("一、主要举措和成效\n") : QString()) + body);
        p.drawText(page.adjusted(0, page.height() - 120, 0, 0), Qt::AlignHCenter, QStringLiteral("— %1 —").arg(i + 1));
    }
}

bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    int err = 0;
    zip_t *z = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) return false;
    QList<QByteArray> keep;
    for (const auto &e : entries) {
        keep << e.second;
        zip_source_t *s = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        if (!s || zip_file_add(z, e.first.constData(), s, ZIP_FL_OVERWRITE) < 0) return false;
    }
    return zip_close(z) == 0;
}

QByteArray documentXml()
{
    QByteArray body;
    auto para = [&](const QString &t) {
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + t.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    };
    para(QStringLiteral("某县2021年法治政府建设情况报告"));
    // A paragraph split over runs, with a tab and a deleted (tracked) word that must not appear.
    body += "<w:p><w:r><w:t>2021年，全县共收到行政复议申请</w:t></w:r><w:r><w:t>36件</w:t></w:r>"
            "<w:del><w:r><w:delText>删除的字</w:delText></w:r></w:del><w:r><w:t>，受理30件。</w:t></w:r></w:p>";
    body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>行政处罚(件)</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>县市场监管局</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>300</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    para(QStringLiteral("全县行政机关负责人出庭应诉率达100%。"));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;

private Q_SLOTS:
    void initTestCase() { registerPdfReader(); }

    void pdfTextIsCleaned()
    {
        const QString path = tmp.filePath(QStringLiteral("report.pdf"));
        writePdf(path, 3);
        const ReadDocument d = DocumentReaders::instance().readFile(path);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.format, QStringLiteral("pdf"));
        QCOMPARE(d.titleHint, QStringLiteral("某区2020年法治政府建设情况报告"));
        // Lines broken by the layout are one sentence again, "14 件" is "14件".
        QVERIFY2(d.text.contains(QStringLiteral("全区共受理行政复议申请14件，审结13件")), qPrintable(d.text.left(400)));
        QVERIFY(d.text.contains(QStringLiteral("罚没金额4513.423万元")));
        QVERIFY2(!d.text.contains(QStringLiteral("— 2 —")), "page numbers are page furniture");
        const ReportAnalysis a = analyseFile(path);
        QVERIFY(a.ok());
        QStringList found;
        for (const Mention &m : a.mentions) found << m.key + QLatin1Char('=') + QString::number(m.value, 'g', 12);
        QVERIFY2(found.contains(QStringLiteral("reconsideration.accepted=14")), qPrintable(found.join(u' ')));
        QVERIFY(found.contains(QStringLiteral("penalty.amount=45134230")));
        QVERIFY(found.contains(QStringLiteral("court.appearance_rate=95.5")));
    }
    void cleanPdfTextJoinsAndSeparates()
    {
        const QString text = cleanPdfText({QStringLiteral("一、主要举措\n全年共受理行政复议申请 14 件，审结\n13件。\n第 1 页"),
                                           QStringLiteral("二、存在的问题\n个别部门重视不够。\n第 2 页"),
                                           QStringLiteral("三、下一步\n加强监督。\n第 3 页")});
        QVERIFY2(text.contains(QStringLiteral("全年共受理行政复议申请14件，审结13件。")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("第 1 页")) && !text.contains(QStringLiteral("第1页")));
        QVERIFY(text.contains(QStringLiteral("\n\n二、存在的问题")));
        QCOMPARE(cleanPdfText({QStringLiteral("Law of the PRC 2020")}), QStringLiteral("Law of the PRC 2020"));
    }
    void cleanPdfTextKeepsTablesTitlesAndAddressees()
    {
        // A table drawn on the page comes out as a line per row with its cells apart by spaces:
        // rows (two figures, or one after a label with its unit) and the header above them become
        // tab-separated lines of their own; a title and an addressee stand alone; a justified
        // line of prose (single characters spaced out) is no table row.
        const QString text = cleanPdfText({QStringLiteral(
            "蓝山县人民政府文件\n关于2019年度法治政府建设情况的报告\n永州市人民政府：\n"
            "2019年，我县坚持依法行政，法治政府建设取得新的进展，现将有关情况报告如下，请审阅并提出宝贵意见。\n"
            "全县行政执法主要数据见表1。\n表1 蓝山县2019年行政执法主要数据\n"
            "指标 2018年 2019年 同比\n行政检查（次） 4,917 5,862 +19.2%\n"
            "执法检查（次） 2,416 其中联合执法检查87次\n行 政 处 罚 259 件\n")});
        QVERIFY2(text.contains(QStringLiteral("关于2019年度法治政府建设情况的报告\n\n永州市人民政府：\n\n2019年")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n\n指标\t2018年\t2019年\t同比\n\n行政检查（次）\t4,917\t5,862\t+19.2%\n\n"
                                              "执法检查（次）\t2,416\t其中联合执法检查87次\n\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("行政处罚259件")), qPrintable(text));
        const ReportAnalysis a = analyseText(text);
        QCOMPARE(a.meta.region, QStringLiteral("蓝山县"));
        QStringList found;
        for (const Mention &m : a.mentions)
            found << m.key + QLatin1Char('=') + QString::number(m.value);
        QVERIFY2(found.contains(QStringLiteral("enforcement.inspections=5862")), qPrintable(found.join(u' ')));
        QVERIFY2(!found.contains(QStringLiteral("enforcement.inspections=4917")), qPrintable(found.join(u' ')));
    }
    void blindPdfSetScore()
    {
        // blind17: eight PDF reports written blind (figures broken at line ends, sentences across
        // pages, tables drawn on the page, a 附件 table): 0.741 / 0.785 / 0.583 when first scored.
        QFile gf(QStringLiteral(FAZHI_TEST_DATA "/blind17/blind17.gold.json"));
        QVERIFY(gf.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(gf.readAll()).object().value(QLatin1String("reports")).toObject();
        QVector<ReportAnalysis> analyses;
        for (auto it = gold.begin(); it != gold.end(); ++it)
            analyses.append(analyseFile(QStringLiteral(FAZHI_TEST_DATA "/blind17/") + it.key()));
        const ExtractionScore s = scoreExtraction(gold, analyses);
        for (const QString &p : s.problems)
            qInfo("%s", qPrintable(p));
        qInfo("%s", qPrintable(s.summary()));
        QVERIFY2(s.f1() >= 0.97, qPrintable(s.summary()));
        QVERIFY2(s.headlineAccuracy() >= 0.97, qPrintable(s.summary()));
        QVERIFY2(s.metadataAccuracy() >= 0.97, qPrintable(s.summary()));
    }
    void scannedPdfIsRefused()
    {
        const QString path = tmp.filePath(QStringLiteral("scanned.pdf"));
        {
            QPdfWriter w(path);
            QPainter p(&w);
            QImage image(600, 800, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter ip(&image);
            ip.drawRect(50, 50, 500, 700);
            ip.end();
            p.drawImage(QRect(0, 0, w.width(), w.height()), image);
        }
        const ReadDocument d = DocumentReaders::instance().readFile(path);
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(QLatin1String("scanned")), qPrintable(d.error));
    }
    void passwordAndCorruptPdfAreRefused()
    {
        const ReadDocument p = DocumentReaders::instance().readFile(QStringLiteral(FAZHI_TEST_DATA "/formats/password-protected.pdf"));
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(QLatin1String("password")), qPrintable(p.error));
        const QString good = tmp.filePath(QStringLiteral("whole.pdf"));
        writePdf(good, 1);
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray half = f.readAll().left(300);
        const QString broken = tmp.filePath(QStringLiteral("broken.pdf"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(half);
        b.close();
        const ReadDocument c = DocumentReaders::instance().readFile(broken);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(QLatin1String("corrupt")), qPrintable(c.error));
        const ReadDocument notPdf = PdfReader().read("just some text pretending");
        QVERIFY(notPdf.error.contains(QLatin1String("corrupt")));
    }
    void docxParagraphsAndTables()
    {
        const QString path = tmp.filePath(QStringLiteral("report.docx"));
        QVERIFY(writeZip(path, {{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                                {"word/document.xml", documentXml()},
                                {"docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                                                      "<dc:title>某县2021年报告</dc:title></cp:coreProperties>"}}));
        const ReadDocument d = DocumentReaders::instance().readFile(path);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.titleHint, QStringLiteral("某县2021年报告"));
        QVERIFY2(d.text.contains(QStringLiteral("全县共收到行政复议申请36件，受理30件。")), qPrintable(d.text));
        QVERIFY(!d.text.contains(QStringLiteral("删除的字")));
        QVERIFY(d.text.contains(QStringLiteral("单位 | 行政处罚(件)\n\n县市场监管局 | 120\n\n合计 | 300")));
        const ReportAnalysis a = analyseFile(path);
        QStringList found;
        for (const Mention &m : a.mentions)
            found << m.key + QLatin1Char('=') + QString::number(m.value) + (m.headline ? QStringLiteral("*") : QString());
        QVERIFY2(found.contains(QStringLiteral("reconsideration.received=36*")), qPrintable(found.join(u' ')));
        QVERIFY(found.contains(QStringLiteral("penalty.cases=300*")));
        QVERIFY(found.contains(QStringLiteral("court.appearance_rate=100*")));
    }
    void docxMergedCellsAndTextBoxes()
    {
        // A heading merged across two columns (gridSpan) and down a row (vMerge) names each column
        // and row it covers; a figure is not repeated; a text box's old-Word copy (mc:Fallback) is
        // not read a second time.
        auto tc = [](const char *text, const char *props = "") {
            return QByteArray("<w:tc><w:tcPr>") + props + "</w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
        };
        QByteArray body =
            "<w:p><w:r><w:t>柯桥区2022年法治政府建设情况报告</w:t></w:r></w:p>"
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>行政检查38,612次</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>行政检查38,612次</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            "<w:tbl><w:tr>" + tc("单位", "<w:vMerge w:val=\"restart\"/>") + tc("行政处罚", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
            "<w:tr>" + tc("", "<w:vMerge/>") + tc("案件数(件)") + tc("罚没款(万元)") + "</w:tr>"
            "<w:tr>" + tc("区市场监督管理局") + tc("962") + tc("2,317.06") + "</w:tr>"
            "<w:tr>" + tc("区交通运输局") + tc("357", "<w:gridSpan w:val=\"2\"/>") + "</w:tr></w:tbl>";
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                               "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body + "</w:body></w:document>";
        const QString text = docxXmlToText(xml);
        QCOMPARE(text.count(QStringLiteral("38,612")), 1);
        QVERIFY2(text.contains(QStringLiteral("单位 | 行政处罚 | 行政处罚\n\n单位 | 案件数(件) | 罚没款(万元)\n\n区市场监督管理局 | 962 | 2,317.06\n\n区交通运输局 | 357 | ")),
                 qPrintable(text));
        const QString path = tmp.filePath(QStringLiteral("merged.docx"));
        QVERIFY(writeZip(path, {{"word/document.xml", xml}}));
        const ReportAnalysis a = analyseFile(path);
        QStringList found;
        for (const Mention &m : a.mentions)
            found << m.key + QLatin1Char('=') + QString::number(m.value, 'g', 12);
        for (const char *k : {"penalty.cases=962", "penalty.amount=23170600", "penalty.cases=357"})
            QVERIFY2(found.contains(QString::fromUtf8(k)), qPrintable(QString::fromUtf8(k) + QStringLiteral(" in ") + found.join(u' ')));
    }
    void badDocxAreRefused()
    {
        const QString encrypted = tmp.filePath(QStringLiteral("locked.docx"));
        QFile e(encrypted);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
        e.close();
        QVERIFY(DocumentReaders::instance().readFile(encrypted).error.contains(QLatin1String("password-protected")));
        const QString junk = tmp.filePath(QStringLiteral("junk.docx"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("PK\x03\x04 this is not really a zip");
        j.close();
        QVERIFY(DocumentReaders::instance().readFile(junk).error.contains(QLatin1String("corrupt")));
        const QString noDocument = tmp.filePath(QStringLiteral("empty.docx"));
        QVERIFY(writeZip(noDocument, {{"[Content_Types].xml", "<Types/>"}}));
        QVERIFY(DocumentReaders::instance().readFile(noDocument).error.contains(QLatin1String("word/document.xml")));
    }
    void importsPdfAndDocx()
    {
        const QString dir = tmp.filePath(QStringLiteral("mixed"));
        QDir().mkpath(dir);
        writePdf(dir + QStringLiteral("/a.pdf"), 2);
        QVERIFY(writeZip(dir + QStringLiteral("/b.docx"), {{"word/document.xml", documentXml()}}));
        QFile::copy(QStringLiteral(FAZHI_TEST_DATA "/formats/password-protected.pdf"), dir + QStringLiteral("/c.pdf"));
        const ImportSummary s = ImportJob(tmp.filePath(QStringLiteral("lib.sqlite")), {dir}).run();
        QCOMPARE(s.added, 2);
        QCOMPARE(s.failed, 1);
        QVERIFY(s.failures.first().path.endsWith(QLatin1String("c.pdf")));
    }
};

QTEST_MAIN(TestFormats)
#include "test_formats.moc"
