#include "docxreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <zip.h>
#include <memory>

namespace fz {

namespace {

// One entry of the zip, or an empty array with *found = false.
QByteArray readEntry(zip_t *archive, const char *name, bool *found)
{
    *found = false;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0)
        return {};
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(archive, name, 0), &zip_fclose);
    if (!f)
        return {};
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_fread(f.get(), data.data(), st.size);
    if (n < 0 || zip_uint64_t(n) != st.size)
        return {};
    *found = true;
    return data;
}

QString coreTitle(const QByteArray &coreXml)
{
    QXmlStreamReader x(coreXml);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("title"))
            return x.readElementText().simplified();
    }
    return {};
}

} // namespace

QString docxXmlToText(const QByteArray &xml)
{
    QXmlStreamReader x(xml);
    QStringList paragraphs;
    QString paragraph;
    QStringList cells;      // cells of the row being read, one per grid column
    QStringList above;      // the row above's, for cells merged down (w:vMerge)
    QString cell;
    int span = 1;           // grid columns the cell spans (w:gridSpan)
    bool mergedDown = false;
    int tableDepth = 0;
    bool inText = false;
    auto endParagraph = [&]() {
        if (tableDepth > 0) {
            if (!cell.isEmpty() && !paragraph.isEmpty()) cell += u' ';
            cell += paragraph;
        } else if (!paragraph.trimmed().isEmpty()) {
            paragraphs << paragraph.trimmed();
        }
        paragraph.clear();
    };
    auto hasDigit = [](const QString &t) { return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }); };
    while (!x.atEnd()) {
        const auto token = x.readNext();
        const QStringView name = x.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("t")) inText = true;
            else if (name == QLatin1String("tab")) paragraph += u'\t';
            else if (name == QLatin1String("br") || name == QLatin1String("cr")) paragraph += u'\n';
            else if (name == QLatin1String("tbl")) ++tableDepth;
            else if (name == QLatin1String("tr") && tableDepth == 1) cells.clear();
            else if (name == QLatin1String("tc") && tableDepth == 1) { cell.clear(); span = 1; mergedDown = false; }
            else if (name == QLatin1String("gridSpan") && tableDepth == 1)
                span = qBound(1, x.attributes().value(QLatin1String("w:val")).toInt(), 64);
            else if (name == QLatin1String("vMerge") && tableDepth == 1)
                mergedDown = x.attributes().value(QLatin1String("w:val")) != QLatin1String("restart");
            else if (name == QLatin1String("delText")) inText = false; // deleted text of tracked changes
            // A text box is stored twice, for new and for old Word: the old copy is skipped.
            else if (name == QLatin1String("Fallback")) x.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("t")) inText = false;
            else if (name == QLatin1String("p")) endParagraph();
            else if (name == QLatin1String("tc") && tableDepth == 1) {
                // A heading merged across columns or down rows names each of them (as HTML's
                // colspan and rowspan are read); a figure is not repeated.
                QString text = cell.simplified();
                if (mergedDown && text.isEmpty() && cells.size() < above.size() && !hasDigit(above.at(cells.size())))
                    text = above.at(cells.size());
                cells << text;
                for (int k = 1; k < span; ++k)
                    cells << (hasDigit(text) ? QString() : text);
            } else if (name == QLatin1String("tr") && tableDepth == 1) {
                if (!cells.join(QString()).trimmed().isEmpty())
                    paragraphs << cells.join(QStringLiteral(" | "));
                above = cells;
            } else if (name == QLatin1String("tbl")) {
                --tableDepth;
                if (tableDepth == 0)
                    above.clear();
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            paragraph += x.text();
        }
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

ReadDocument DocxReader::read(const QByteArray &bytes) const
{
    ReadDocument doc;
    doc.format = format();
    doc.encoding = QStringLiteral("DOCX");
    // An encrypted Word file is an OLE compound document, not a zip.
    if (bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
        doc.error = QCoreApplication::translate("Import", "password-protected or not a Word 2007+ (.docx) file");
        return doc;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        doc.error = QCoreApplication::translate("Import", "corrupt Word file: %1").arg(QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return doc;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        doc.error = QStringLiteral("corrupt Word file (not a readable zip: %1)").arg(QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return doc;
    }
    zip_error_fini(&error);
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
    bool found = false;
    const QByteArray documentXml = readEntry(archive, "word/document.xml", &found);
    if (!found) {
        doc.error = QStringLiteral("corrupt Word file: no word/document.xml");
        return doc;
    }
    QXmlStreamReader check(documentXml);
    while (!check.atEnd()) check.readNext();
    if (check.hasError()) {
        doc.error = QCoreApplication::translate("Import", "corrupt Word file: %1").arg(check.errorString());
        return doc;
    }
    doc.text = docxXmlToText(documentXml);
    bool hasCore = false;
    const QByteArray coreXml = readEntry(archive, "docProps/core.xml", &hasCore);
    if (hasCore)
        doc.titleHint = coreTitle(coreXml);
    if (doc.text.trimmed().isEmpty())
        doc.error = QCoreApplication::translate("Import", "empty file: the document holds no text");
    return doc;
}

} // namespace fz
