#include "pdfreader.h"
#include "pdftext.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <memory>

namespace fz {

ReadDocument PdfReader::read(const QByteArray &bytes) const
{
    ReadDocument doc;
    doc.format = format();
    doc.encoding = QStringLiteral("PDF");
    if (!bytes.startsWith("%PDF")) {
        doc.error = QCoreApplication::translate("Import", "corrupt PDF: the file does not start like a PDF");
        return doc;
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    switch (pdf.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        doc.error = QCoreApplication::translate("Import", "password-protected PDF: remove the password and import it again");
        return doc;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        doc.error = QCoreApplication::translate("Import", "PDF with an unsupported security scheme (encrypted)");
        return doc;
    default:
        doc.error = QCoreApplication::translate("Import", "corrupt PDF: it cannot be opened");
        return doc;
    }
    if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() <= 0) {
        doc.error = QCoreApplication::translate("Import", "corrupt PDF: no pages");
        return doc;
    }
    QStringList pages;
    int characters = 0;
    for (int p = 0; p < pdf.pageCount(); ++p) {
        const QString text = pdf.getAllText(p).text();
        characters += int(text.trimmed().size());
        pages << text;
    }
    if (characters < 20) {
        doc.error = QCoreApplication::translate("Import", "scanned PDF: %1 page(s) without a text layer; run OCR first").arg(pdf.pageCount());
        return doc;
    }
    doc.text = cleanPdfText(pages);
    doc.titleHint = pdf.metaData(QPdfDocument::MetaDataField::Title).toString();
    return doc;
}

void registerPdfReader()
{
    DocumentReaders::instance().add(std::make_unique<PdfReader>());
}

} // namespace fz
