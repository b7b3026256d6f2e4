#pragma once

#include <QString>

// Who a speaker label names, so that the variants one call uses for a person are one speaker:
// "Colette M. Kress" and "Colette Kress", "Tim Arcuri" and "Timothy Arcuri", the operator's
// "Erik Woodring" and the label "Erik William Richard Woodring".
namespace SpeakerIdentity {

// Letters and digits only, lower case, middle initials dropped: "C.J. Muse" = "CJ Muse".
QString key(const QString &name);

// Same family name and given names of which one is a short form of the other (or the same
// key); names in scripts without spaces must match exactly.
bool samePerson(const QString &a, const QString &b);

} // namespace SpeakerIdentity
