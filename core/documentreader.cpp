#include "documentreader.h"
#include "docxreader.h"
#include "plaintextreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fz {

DocumentReaders::DocumentReaders()
{
    m_readers.push_back(std::make_unique<PlainTextReader>());
    m_readers.push_back(std::make_unique<HtmlReader>());
    m_readers.push_back(std::make_unique<DocxReader>());
}

DocumentReaders &DocumentReaders::instance()
{
    static DocumentReaders readers;
    return readers;
}

void DocumentReaders::add(std::unique_ptr<DocumentReader> reader)
{
    for (const auto &r : m_readers)
        if (r->format() == reader->format())
            return;
    m_readers.push_back(std::move(reader));
}

const DocumentReader *DocumentReaders::forPath(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &r : m_readers)
        if (r->suffixes().contains(suffix))
            return r.get();
    return nullptr;
}

QStringList DocumentReaders::suffixes() const
{
    QStringList out;
    for (const auto &r : m_readers)
        out += r->suffixes();
    return out;
}

ReadDocument DocumentReaders::readFile(const QString &path) const
{
    ReadDocument doc;
    const QFileInfo info(path);
    if (!info.exists()) {
        doc.error = QCoreApplication::translate("Import", "no such file");
        return doc;
    }
    if (info.isDir()) {
        doc.error = QCoreApplication::translate("Import", "is a folder");
        return doc;
    }
    if (!info.isFile()) {
        doc.error = QCoreApplication::translate("Import", "not a regular file");
        return doc;
    }
    const DocumentReader *reader = forPath(path);
    if (!reader) {
        doc.error = QCoreApplication::translate("Import", "unsupported file type '.%1' (supported: %2)")
                        .arg(info.suffix(), suffixes().join(QLatin1String(", ")));
        return doc;
    }
    if (info.size() > kMaxReportBytes) {
        doc.error = QCoreApplication::translate("Import", "file too large: %1 MB (limit %2 MB)")
                        .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(kMaxReportBytes / (1024 * 1024));
        return doc;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        doc.error = QCoreApplication::translate("Import", "cannot read: %1").arg(f.errorString());
        return doc;
    }
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        doc.error = QCoreApplication::translate("Import", "cannot read: %1").arg(f.errorString());
        return doc;
    }
    if (bytes.isEmpty()) {
        doc.error = QCoreApplication::translate("Import", "empty file");
        return doc;
    }
    doc = reader->read(bytes);
    return doc;
}

} // namespace fz
