import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.design

// The UI face (ui/design/fonts/README.md): the app sets the embedded Inter as the application
// font before any page is made (applyUiFont, as the app's main does), so plain texts, the
// design module's texts and Qt Quick Controls all draw in it, in every weight the pages use,
// rather than in whatever sans-serif the device happens to have.
TestCase {
    id: tc
    name: "Typeface"
    width: 412
    height: 300
    visible: true
    when: windowShown

    Component {
        id: samples
        Column {
            property alias plain: plain
            property alias heading: heading
            property alias body: body
            property alias button: button
            property alias italic: italic
            Text {
                id: plain
                text: "Plain text"
            }
            Heading {
                id: heading
                text: "A heading"
            }
            BodyText {
                id: body
                width: tc.width
                text: "Body text"
            }
            AppButton {
                id: button
                text: "A button"
            }
            Text {
                id: italic
                text: "In italics"
                font.italic: true
                font.weight: Font.Normal
            }
        }
    }

    function test_everyTextIsSetInTheEmbeddedFace() {
        compare(Qt.application.font.family, "Inter");
        const c = createTemporaryObject(samples, tc);
        verify(c);
        compare(c.plain.fontInfo.family, "Inter");
        compare(c.heading.fontInfo.family, "Inter");
        compare(c.body.fontInfo.family, "Inter");
        compare(c.button.font.family, "Inter");
        compare(c.italic.fontInfo.family, "Inter");
        verify(c.italic.fontInfo.italic, "the embedded italic, not a slanted regular");
    }

    function test_headingsUseTheEmbeddedSemiBold() {
        const c = createTemporaryObject(samples, tc);
        verify(c);
        verify(c.heading.font.weight >= Font.DemiBold);
        compare(c.heading.fontInfo.family, "Inter");
        compare(c.heading.fontInfo.styleName, "Semi Bold");
    }
}
