/* relay.h
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relay-types.h"
#include "relay-error.h"
#include "relay-agenda.h"
#include "relay-agenda-item.h"
#include "relay-attachment.h"
#include "relay-case.h"
#include "relay-case-followup.h"
#include "relay-case-mandate.h"
#include "relay-case-summary.h"
#include "relay-directory.h"
#include "relay-directory-update.h"
#include "relay-format.h"
#include "relay-http.h"
#include "relay-ical.h"
#include "relay-incident.h"
#include "relay-letter.h"
#include "relay-mailer.h"
#include "relay-mandate.h"
#include "relay-mime-message.h"
#include "relay-outbox-message.h"
#include "relay-perpetrator.h"
#include "relay-reminder.h"
#include "relay-secrets.h"
#include "relay-source.h"
#include "relay-store.h"
#include "relay-store-events.h"
#include "relay-submission.h"
#include "relay-suggest.h"
#include "relay-timeline-entry.h"
#include "relay-victim.h"

