// Colours and sizes shared by every page: one place to keep the app consistent. Touch targets are at
// least 48 px (Material's minimum). Text is at least 16 px and dark: leaders read it on cheap tablets in
// daylight; textScale (the Settings page's text size, set by Main) makes every size larger at once.
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#00796B"      // teal 700
    readonly property color accent: "#C2185B"       // pink 700: the Union's colour on its banners
    readonly property color pending: "#E65100"
    readonly property color sent: "#2E7D32"
    readonly property color rejected: "#C62828"
    readonly property color text: "#212121"
    readonly property color muted: "#424242"        // secondary words: still dark enough to read outdoors
    readonly property color cardBorder: "#E0E0E0"
    readonly property int touch: 48
    readonly property int gap: 16
    readonly property int wideLayout: 700           // narrower than this: phone layout

    property real textScale: 1
    readonly property int small: Math.round(16 * textScale)    // labels, counts, chips: never below 16 px
    readonly property int body: Math.round(17 * textScale)
    readonly property int heading: Math.round(19 * textScale)
    readonly property int title: Math.round(22 * textScale)
}
