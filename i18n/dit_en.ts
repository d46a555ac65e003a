<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>FormReview</name>
    <message numerus="yes">
        <source>%n question(s) not answered. That is all right; a questionnaire with a question left out is kept but gets no total.</source>
        <translation>
            <numerusform>%n question not answered. That is all right; a questionnaire with a question left out is kept but gets no total.</numerusform>
            <numerusform>%n questions not answered. That is all right; a questionnaire with a question left out is kept but gets no total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute(s) before the next try.</source>
        <translation>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute before the next try.</numerusform>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minutes before the next try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute(s) before the next try.</source>
        <translation>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute before the next try.</numerusform>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minutes before the next try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>%n question(s) not answered, so there is no total. A total is never estimated from part of a form.</source>
        <translation>
            <numerusform>%n question not answered, so there is no total. A total is never estimated from part of a form.</numerusform>
            <numerusform>%n questions not answered, so there is no total. A total is never estimated from part of a form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered, so the style and dimensions are not worked out.</source>
        <translation>
            <numerusform>%n question not answered, so the style and dimensions are not worked out.</numerusform>
            <numerusform>%n questions not answered, so the style and dimensions are not worked out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered or not applying, so there is no total. This scale has a total only when at most one of its five questions is left out.</source>
        <translation>
            <numerusform>%n question not answered or not applying, so there is no total. This scale has a total only when at most one of its five questions is left out.</numerusform>
            <numerusform>%n questions not answered or not applying, so there is no total. This scale has a total only when at most one of its five questions is left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Please wait %n second and try again.</numerusform>
            <numerusform>Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute(s) before the next try.</source>
        <translation>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute before the next try.</numerusform>
            <numerusform>The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minutes before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dit::YourData</name>
    <message numerus="yes">
        <source>Your backup is saved in %1. It holds %n record(s). Keep it somewhere safe, away from this device, and remember its passphrase: nobody can open it without it.</source>
        <translation>
            <numerusform>Your backup is saved in %1. It holds %n record. Keep it somewhere safe, away from this device, and remember its passphrase: nobody can open it without it.</numerusform>
            <numerusform>Your backup is saved in %1. It holds %n records. Keep it somewhere safe, away from this device, and remember its passphrase: nobody can open it without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the backup were added. Nothing that was already here was changed.</source>
        <translation>
            <numerusform>%n item from the backup were added. Nothing that was already here was changed.</numerusform>
            <numerusform>%n items from the backup were added. Nothing that was already here was changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
