#pragma once
// PDF reports through QtPdf: text page by page, cleaned (cleanPdfText). A library of its own so
// that fazhi_core stays on Qt Core; the applications register it at start-up.
#include "documentreader.h"

namespace fz {

class PdfReader : public DocumentReader
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QStringList suffixes() const override { return {QStringLiteral("pdf")}; }
    ReadDocument read(const QByteArray &bytes) const override;
};

// Adds the PDF reader to DocumentReaders (once).
void registerPdfReader();

} // namespace fz
