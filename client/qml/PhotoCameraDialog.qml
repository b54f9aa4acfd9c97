// Takes one photo with the device's camera (Qt Multimedia) for the photo strip; opened only where the
// device has a camera, and the camera runs only while the dialog is open.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

Dialog {
    id: dialog
    signal captured(string path)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width : 640, 720)
    height: Math.min(parent ? parent.height : 480, 640)
    title: qsTr("Take a photo")
    standardButtons: Dialog.NoButton

    CaptureSession {
        camera: Camera { active: dialog.visible }
        imageCapture: ImageCapture {
            id: capture
            onImageSaved: (id, path) => { dialog.captured(path); dialog.close() }
        }
        videoOutput: preview
    }
    ColumnLayout {
        anchors.fill: parent
        VideoOutput { id: preview; Layout.fillWidth: true; Layout.fillHeight: true }
        RowLayout {
            Button { text: qsTr("Capture"); highlighted: true; enabled: capture.readyForCapture; onClicked: capture.captureToFile("") }
            Button { text: qsTr("Cancel"); onClicked: dialog.close() }
        }
    }
}
