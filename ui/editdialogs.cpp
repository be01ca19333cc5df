#include "editdialogs.h"
#include "chinesenumbers.h"
#include "indicatorcatalogue.h"
#include "indicatorstyle.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fz {

QStringList AnnotationDialog::palette()
{
    return {QStringLiteral("#ffd54f"), QStringLiteral("#ef9a9a"), QStringLiteral("#a5d6a7"), QStringLiteral("#90caf9"),
            QStringLiteral("#ce93d8"), QStringLiteral("#ffab91")};
}

AnnotationDialog::AnnotationDialog(const QString &selectedText, const QString &note, const QString &color, QWidget *parent)
    : QDialog(parent), m_color(color.isEmpty() ? palette().first() : color)
{
    setWindowTitle(tr("Annotation"));
    auto *quote = new QLabel(QStringLiteral("«%1»").arg(selectedText.left(200)), this);
    quote->setWordWrap(true);
    m_note = new QPlainTextEdit(note, this);
    m_note->setPlaceholderText(tr("Your note"));
    m_note->setTabChangesFocus(true);
    auto *colours = new QHBoxLayout;
    colours->addWidget(new QLabel(tr("Colour"), this));
    QList<QToolButton *> buttons;
    for (const QString &c : palette()) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(c == m_color);
        b->setAutoExclusive(true);
        b->setStyleSheet(QStringLiteral("QToolButton{background:%1;min-width:22px;min-height:22px;border:1px solid #888}"
                                        "QToolButton:checked{border:3px solid #333}").arg(c));
        b->setToolTip(c);
        connect(b, &QToolButton::clicked, this, [this, c] { m_color = c; });
        colours->addWidget(b);
    }
    auto *custom = new QPushButton(tr("Other…"), this);
    connect(custom, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_color), this);
        if (c.isValid()) m_color = c.name();
    });
    colours->addWidget(custom);
    colours->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_note);
    layout->addLayout(colours);
    layout->addWidget(box);
    resize(420, 260);
}

QString AnnotationDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

AddMentionDialog::AddMentionDialog(const QString &selectedText, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add an indicator value"));
    m_key = new QComboBox(this);
    const IndicatorCatalogue &cat = IndicatorCatalogue::builtin();
    for (const IndicatorDef &d : cat.indicators())
        m_key->addItem(QStringLiteral("%1  (%2)").arg(IndicatorStyle::name(d.key), d.key), d.key);
    m_valueEdit = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_verified = new QCheckBox(tr("Verified"), this);
    m_verified->setChecked(true);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color:#c62828"));
    double v = 0;
    if (parseNumberText(selectedText, &v))
        m_valueEdit->setText(QString::number(v, 'g', 15));
    auto *form = new QFormLayout;
    form->addRow(tr("Selected"), new QLabel(QStringLiteral("«%1»").arg(selectedText.left(120)), this));
    form->addRow(tr("Indicator"), m_key);
    form->addRow(tr("Value"), m_valueEdit);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(QString(), m_verified);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_message->text().isEmpty()) accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        if (const IndicatorDef *d = IndicatorCatalogue::builtin().indicator(key())) m_unit->setText(d->unit);
    });
    if (const IndicatorDef *d = cat.indicator(key())) m_unit->setText(d->unit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(box);
}

void AddMentionDialog::validate()
{
    m_message->clear();
    if (!parseNumberText(m_valueEdit->text(), &m_value))
        m_message->setText(tr("The value must be a number (219.4万 and 十三 are read too)."));
}

QString AddMentionDialog::key() const { return m_key->currentData().toString(); }
QString AddMentionDialog::unit() const { return m_unit->text().trimmed(); }
bool AddMentionDialog::verified() const { return m_verified->isChecked(); }

} // namespace fz
