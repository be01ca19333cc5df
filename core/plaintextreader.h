#pragma once
#include "documentreader.h"

namespace fz {

class PlainTextReader : public DocumentReader
{
public:
    QString format() const override { return QStringLiteral("txt"); }
    QStringList suffixes() const override { return {QStringLiteral("txt"), QStringLiteral("text")}; }
    ReadDocument read(const QByteArray &bytes) const override;
};

class HtmlReader : public DocumentReader
{
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList suffixes() const override { return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("shtml"), QStringLiteral("xhtml")}; }
    ReadDocument read(const QByteArray &bytes) const override;
};

} // namespace fz
