// Returning a record (trả lại) needs a comment: it is what the leader reads on the tablet to fix it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    property string recordId
    signal confirmed(string recordId, string comment)
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 32 : 520)
    modal: true
    objectName: "returnDialog"
    title: qsTr("Return with a comment")

    function openFor(id) {
        recordId = id
        comment.clear()
        open()
        comment.forceActiveFocus()
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: 8
        Label {
            text: qsTr("Say what to fix. The leader sees this on the tablet at the next sync.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            id: comment
            objectName: "returnComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            wrapMode: TextArea.Wrap
            placeholderText: qsTr("e.g. The number of women is larger than the total")
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    dialog.accept()
                    event.accepted = true
                }
            }
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "confirmReturn"
            text: qsTr("Return (Ctrl+Enter)")
            enabled: comment.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button { text: qsTr("Cancel"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
    onAccepted: if (comment.text.trim().length > 0) dialog.confirmed(dialog.recordId, comment.text)
}
