// Trả lại: records the district returned with a comment. Tap one to fix it; saving makes a new version,
// which leaves the inbox and goes up at the next sync for another review.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    property var shell: null
    readonly property string navName: "inbox"
    objectName: "inboxPage"
    readonly property alias model: inbox

    ReviewInboxModel { id: inbox; manager: page.app.manager }

    header: PageHeader { title: qsTr("Returned by review"); shell: page.shell }

    ListView {
        id: list
        objectName: "inboxList"
        anchors.fill: parent
        clip: true
        model: inbox
        delegate: ItemDelegate {
            required property string recordId
            required property string kind
            required property string kindLabel
            required property string title
            required property string comment
            width: list.width
            height: Math.max(80, column.implicitHeight + 20)
            contentItem: ColumnLayout {
                id: column
                spacing: 2
                RowLayout {
                    Label { text: title; font.pixelSize: Theme.body; elide: Text.ElideRight; Layout.fillWidth: true }
                    StatusChip { text: kindLabel; tint: Theme.primary }
                }
                Label {
                    text: qsTr("Comment: %1").arg(comment)
                    color: Theme.rejected
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            onClicked: if (page.shell) page.shell.openEditor(kind, recordId)
        }
    }
    Label {
        anchors.centerIn: parent
        width: parent.width - 64
        visible: inbox.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.muted
        text: qsTr("Nothing returned. Records the district returns with a comment appear here.")
    }
}
