#include "Patient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dit::caseload {

QString cleanLabel(const QString &label)
{
    return label.simplified();
}

QString labelProblem(const QString &label)
{
    if (label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("Caseload", "Please keep the label on one line.");
    const QString clean = cleanLabel(label);
    if (clean.isEmpty())
        return QCoreApplication::translate("Caseload",
                                           "Please give a short label, such as initials.");
    if (clean.size() > Patient::kMaxLabel)
        return QCoreApplication::translate("Caseload",
                                           "Please keep the label to %1 characters or fewer.")
            .arg(Patient::kMaxLabel);
    for (const QChar c : clean)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QCoreApplication::translate("Caseload",
                                               "The label has a character that cannot be shown.");
    return {};
}

QString labelWarning(const QString &label)
{
    const QString clean = cleanLabel(label);
    // Two or more words that each start with a capital and go on in small letters:
    // "Alex Smith", "Mary Ann Jones". Initials ("A.K.", "AK") and "Client 12" pass.
    static const QRegularExpression fullName(
        QStringLiteral("^\\p{Lu}[\\p{Ll}'\u2019-]+(\\s+\\p{Lu}[\\p{Ll}'\u2019-]+)+$"));
    static const QRegularExpression email(QStringLiteral("\\S+@\\S+\\.\\S+"));
    static const QRegularExpression longNumber(QStringLiteral("(\\d[\\s-]?){9,}"));
    static const QRegularExpression birthDate(
        QStringLiteral("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2}|\\d{4})\\b"));
    if (fullName.match(clean).hasMatch())
        return QCoreApplication::translate(
            "Caseload", "This looks like a full name. Anyone who sees this tablet can read the "
                        "labels: initials or a made-up label are safer.");
    if (email.match(clean).hasMatch())
        return QCoreApplication::translate(
            "Caseload", "This looks like an email address. Please use a label that does not "
                        "identify the person.");
    if (longNumber.match(clean).hasMatch())
        return QCoreApplication::translate(
            "Caseload", "This looks like a phone or NHS number. Please use a label that does not "
                        "identify the person.");
    if (birthDate.match(clean).hasMatch())
        return QCoreApplication::translate(
            "Caseload", "This looks like a date of birth. Please use a label that does not "
                        "identify the person.");
    return {};
}

} // namespace dit::caseload
