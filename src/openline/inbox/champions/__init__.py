"""The champion queue: complaints and problems in chosen product areas are offered to members
who opted in as champions (trust level 4 or super-users, never staff), under an SLA. Staff see
every champion conversation and can take it over; a champion hands back with one click.
Champions never see the customer's private data (see `presentation`).

What is offered to a champion (`offered_q`): an open conversation that no colleague and no
champion has, that never left the champion queue, in one of the champion's areas, and either
- offered by staff in that area within the offer window: how an e-mail or webhook complaint
  (or any conversation a colleague judges to be one) becomes a champion conversation; or
- a community thread of a champion kind (`problem`) or with a complaint tag, in a public space,
  started within the offer window, matching the area's space and/or tag, that no colleague
  has answered yet (a staff answer also assigns it to them: `inbox.actions`).
An untaken offer simply stops being one when its window ends; the conversation is then in the
staff's Unassigned queue again, without any job having to run.

Settings (all optional): OPENLINE["CHAMPIONS"] = {"OFFER_MINUTES": 120, "ANSWER_MINUTES": 60,
"THREAD_KINDS": ["problem"], "COMPLAINT_TAGS": ["complaint"]}.

`selectors` (what is offered, what a champion may open), `presentation` (the masked dialogue a
champion reads), `actions` (the writes, `verb_noun(actor, obj, ...)`, one transaction each,
every change bumping the inbox counter so open pages update); `views`, `forms` and `urls` serve
/champions/ and the staff's buttons on the inbox's conversation page."""
