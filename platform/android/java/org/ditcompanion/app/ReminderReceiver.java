// Posts a reminder when its alarm fires, and re-arms pending reminders after a reboot.
// Manifest: <receiver android:name="org.ditcompanion.app.ReminderReceiver"
//           android:exported="false"> with an intent filter for
//           android.intent.action.BOOT_COMPLETED, and the permissions
//           POST_NOTIFICATIONS and RECEIVE_BOOT_COMPLETED.
package org.ditcompanion.app;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

public final class ReminderReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        if (Intent.ACTION_BOOT_COMPLETED.equals(intent.getAction())) {
            Reminders.restore(context);
            return;
        }
        String id = intent.getStringExtra(Reminders.EXTRA_ID);
        String title = intent.getStringExtra(Reminders.EXTRA_TITLE);
        String body = intent.getStringExtra(Reminders.EXTRA_BODY);
        if (id == null || title == null || body == null)
            return;
        if (Reminders.areEnabled(context))
            Reminders.showNow(context, id, title, body);
    }
}
