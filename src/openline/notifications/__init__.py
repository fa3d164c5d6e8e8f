"""What people are told and how: notifications (shown on /notifications/, counted in the header,
e-mailed at once or in a daily digest), what each person follows (threads, tags, spaces) and their
delivery preferences per kind, and the signed one-click unsubscribe link of every e-mail.

It sits low (beside `people`, above `accounts`) so that the community and the inbox create
notifications without importing each other; what a notification is about is named by a string
(`"community.thread"`, `"inbox.conversation"`) and the apps that own those objects register who
may still see them (`visibility.register`)."""
