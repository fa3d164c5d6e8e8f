"""The bridge between the inbox and the public community: a conversation answered on e-mail,
a webhook or a social network published as a community thread with its staff answer accepted
(`actions.publish_conversation`), a community thread shared to the company's social accounts
(`actions.share_thread`, sent by `tasks.send_share`), and the count of conversations that
became public threads (`selectors.bridged_conversations`)."""
