#include "main/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "settings/TranscriptFont.h"
#include "util/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_fontLabel(new QLabel(this)), m_fontFamily(new QFontComboBox(this)), m_fontSize(new QSpinBox(this)),
      m_scriptLabel(new QLabel(this)), m_script(new QComboBox(this)), m_vocabulary(new QCheckBox(this)),
      m_exportSizeLabel(new QLabel(this)), m_exportWidth(new QSpinBox(this)),
      m_exportHeight(new QSpinBox(this)), m_exportFormatLabel(new QLabel(this)),
      m_exportFormat(new QComboBox(this)), m_libraryLabel(new QLabel(this)), m_library(new QLineEdit(this)),
      m_browseLibrary(new QPushButton(this)), m_libraryNote(new QLabel(this)),
      m_colourSchemeLabel(new QLabel(this)), m_colourScheme(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_fontFamily->setObjectName(u"fontFamilyCombo"_s);
    m_fontSize->setObjectName(u"fontSizeSpin"_s);
    m_script->setObjectName(u"scriptCombo"_s);
    m_vocabulary->setObjectName(u"vocabularyCheck"_s);
    m_exportWidth->setObjectName(u"exportWidthSpin"_s);
    m_exportHeight->setObjectName(u"exportHeightSpin"_s);
    m_exportFormat->setObjectName(u"exportFormatCombo"_s);
    m_library->setObjectName(u"libraryEdit"_s);
    m_colourScheme->setObjectName(u"colourSchemeCombo"_s);

    m_fontSize->setRange(6, 48);
    for (QSpinBox *spin : {m_exportWidth, m_exportHeight}) {
        spin->setRange(100, 16384);
        spin->setSingleStep(100);
    }
    m_exportFormat->addItem(u"PNG"_s, u"png"_s);
    m_exportFormat->addItem(u"SVG"_s, u"svg"_s);
    m_exportFormat->addItem(u"PDF"_s, u"pdf"_s);
    m_libraryNote->setWordWrap(true);

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_exportWidth);
    sizeRow->addWidget(new QLabel(u"×"_s, this));
    sizeRow->addWidget(m_exportHeight);
    sizeRow->addStretch();
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(m_browseLibrary);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_fontLabel, fontRow);
    form->addRow(m_scriptLabel, m_script);
    form->addRow(QString(), m_vocabulary);
    form->addRow(m_colourSchemeLabel, m_colourScheme);
    form->addRow(m_exportSizeLabel, sizeRow);
    form->addRow(m_exportFormatLabel, m_exportFormat);
    form->addRow(m_libraryLabel, libraryRow);
    form->addRow(QString(), m_libraryNote);
    m_languageLabel->setBuddy(m_language);
    m_fontLabel->setBuddy(m_fontFamily);
    m_scriptLabel->setBuddy(m_script);
    m_colourSchemeLabel->setBuddy(m_colourScheme);
    m_exportSizeLabel->setBuddy(m_exportWidth);
    m_exportFormatLabel->setBuddy(m_exportFormat);
    m_libraryLabel->setBuddy(m_library);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseLibrary, &QPushButton::clicked, this, &SettingsDialog::chooseLibrary);

    retranslate();
    load();
    setMinimumWidth(520);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_fontLabel->setText(tr("Transcript &font:"));
    m_scriptLabel->setText(tr("Chinese &script:"));
    m_vocabulary->setText(tr("Also change regional &vocabulary (軟體 ↔ 软件)"));
    m_vocabulary->setToolTip(tr("Characters only keeps every word as said; regional vocabulary can change "
                                "meanings (執行 becomes 运行, \"run\")"));
    m_colourSchemeLabel->setText(tr("Colour sc&heme:"));
    m_exportSizeLabel->setText(tr("Chart export &size:"));
    m_exportFormatLabel->setText(tr("Chart export &format:"));
    m_libraryLabel->setText(tr("Library &file:"));
    m_browseLibrary->setText(tr("&Browse…"));
    m_library->setPlaceholderText(tr("Default library in your data folder"));
    m_libraryNote->setText(tr("A different library file is opened the next time Earnings Reader starts."));
    m_fontSize->setSuffix(tr(" pt"));
    m_exportWidth->setSuffix(tr(" px"));
    m_exportHeight->setSuffix(tr(" px"));
    m_fontSize->setAccessibleName(tr("Transcript font size"));
    m_exportHeight->setAccessibleName(tr("Chart export height"));

    const QVariant language = m_language->currentData();
    m_language->clear();
    m_language->addItem(LanguageManager::displayName(QString()), QString());
    for (const QString &code : AppSettings::availableLanguages())
        m_language->addItem(LanguageManager::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    const QVariant script = m_script->currentData();
    m_script->clear();
    m_script->addItem(tr("As stored"), int(ChineseConverter::Script::AsStored));
    m_script->addItem(tr("Traditional (繁體)"), int(ChineseConverter::Script::Traditional));
    m_script->addItem(tr("Simplified (简体)"), int(ChineseConverter::Script::Simplified));
    m_script->setCurrentIndex(qMax(0, m_script->findData(script)));

    const QVariant scheme = m_colourScheme->currentData();
    m_colourScheme->clear();
    m_colourScheme->addItem(tr("Follow the system"), u"system"_s);
    m_colourScheme->addItem(tr("Light"), u"light"_s);
    m_colourScheme->addItem(tr("Dark"), u"dark"_s);
    m_colourScheme->setCurrentIndex(qMax(0, m_colourScheme->findData(scheme)));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    const QFont font = AppSettings::transcriptFont();
    m_fontFamily->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize());
    m_script->setCurrentIndex(qMax(0, m_script->findData(int(AppSettings::script()))));
    m_vocabulary->setChecked(AppSettings::vocabulary() == ChineseConverter::Vocabulary::Regional);
    m_exportWidth->setValue(AppSettings::exportSize().width());
    m_exportHeight->setValue(AppSettings::exportSize().height());
    m_exportFormat->setCurrentIndex(qMax(0, m_exportFormat->findData(AppSettings::exportFormat())));
    m_library->setText(AppSettings::libraryPath());
    m_colourScheme->setCurrentIndex(qMax(0, m_colourScheme->findData(AppSettings::colourScheme())));
}

void SettingsDialog::save() const
{
    AppSettings::setLanguage(m_language->currentData().toString());
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    AppSettings::setTranscriptFont(font);
    AppSettings::setScript(ChineseConverter::Script(m_script->currentData().toInt()));
    AppSettings::setVocabulary(m_vocabulary->isChecked() ? ChineseConverter::Vocabulary::Regional
                                                         : ChineseConverter::Vocabulary::Characters);
    AppSettings::setExportSize({m_exportWidth->value(), m_exportHeight->value()});
    AppSettings::setExportFormat(m_exportFormat->currentData().toString());
    AppSettings::setLibraryPath(m_library->text().trimmed());
    AppSettings::setColourScheme(m_colourScheme->currentData().toString());
}

void SettingsDialog::chooseLibrary()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Library File"), m_library->text(),
                                     tr("Earnings Reader libraries (*.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_library->setText(file);
}
