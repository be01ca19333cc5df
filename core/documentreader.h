#pragma once
// The seam between a file on disk and the text of a report. One reader per format; the
// registry picks by file suffix. PDF and DOCX readers plug in here.
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace fz {

struct ReadDocument {
    QString text;        // the decoded text; every offset stored later points into it
    QString encoding;    // how the bytes were decoded (UTF-8, GB18030, ... or the container format)
    QString format;      // txt, html, pdf, docx
    QString titleHint;   // a title the container states (HTML <title>, document properties)
    QString error;       // one line: why the file was refused (translated in context "Import")
    bool ok() const { return error.isEmpty(); }
};

constexpr qint64 kMaxReportBytes = 50LL * 1024 * 1024;

class DocumentReader
{
public:
    virtual ~DocumentReader() = default;
    virtual QString format() const = 0;
    virtual QStringList suffixes() const = 0;          // lower case, without dot
    virtual ReadDocument read(const QByteArray &bytes) const = 0;
};

class DocumentReaders
{
public:
    static DocumentReaders &instance();
    // Adds a reader (PDF lives in a library of its own); call at start-up, before importing.
    void add(std::unique_ptr<DocumentReader> reader);
    const DocumentReader *forPath(const QString &path) const;
    QStringList suffixes() const;
    bool accepts(const QString &path) const { return forPath(path) != nullptr; }

    // Reads a file: checks it exists, is readable, not over the size limit, then hands the bytes
    // to the reader for its suffix.
    ReadDocument readFile(const QString &path) const;

private:
    DocumentReaders();
    std::vector<std::unique_ptr<DocumentReader>> m_readers;
};

} // namespace fz
