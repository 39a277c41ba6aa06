"""Word lists for finding person names without a statistical NER model.

FIRST_NAMES holds common given names. Names that are also everyday words at the start of a
sentence ("Will", "May", "Bill", "Grace", "Mark") are left out on purpose: they are found only
after a cue word ("employee Bill Owens") or when the caller matches its own people.
"""

FIRST_NAMES = frozenset("""
Aaron Abigail Adam Adrian Aisha Alan Albert Alejandro Alex Alexander Alexis Alice Alicia Allison
Amanda Amy Ana Andrea Andrew Angela Anita Ann Anna Anne Anthony Antonio Ashley Barbara Ben Benjamin
Beth Betty Beverly Bob Bobby Brandon Brenda Brian Brittany Bruce Bryan Caleb Cameron Carl Carla
Carlos Carmen Carol Caroline Catherine Chad Charles Charlotte Cheryl Chris Christian Christina
Christine Christopher Cindy Claire Cody Colin Connor Courtney Craig Crystal Cynthia Dale Dan Dana
Daniel Danielle Darius David Deb Debbie Deborah Denise Dennis Derek Diana Diane Dominic Don Donald
Donna Doris Dorothy Douglas Dylan Ed Eddie Edward Elaine Eleanor Elena Elijah Elizabeth Ellen Emily
Emma Eric Erica Erin Ethan Eugene Evan Evelyn Frances Francisco Frank Gabriel Gabriela Gary George
Gerald Gina Gloria Greg Gregory Hannah Harold Heather Helen Henry Holly Howard Ian Isaac Isabella
Jacob Jacqueline James Jamie Jan Jane Janet Janice Jason Javier Jay Jean Jeff Jeffrey Jennifer
Jenny Jeremy Jerry Jesse Jessica Jill Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jordan Jorge
Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen
Kathy Katie Kayla Keith Kelly Ken Kenneth Kevin Kim Kimberly Kyle Larry Laura Lauren Leah Lee Linda
Lisa Liz Logan Lori Louis Luis Lucas Luke Lynn Madison Maria Marie Marilyn Mario Marisol Martha
Martin Mary Matt Matthew Megan Melissa Michael Michelle Miguel Mike Mohammed Monica Nancy Natalie
Nathan Nicholas Nicole Noah Olivia Omar Pamela Patricia Patrick Paul Paula Peggy Peter Phillip
Priya Rachel Rafael Ralph Randy Raj Rebecca Rhonda Ricardo Richard Rick Rita Rob Robert Roberto
Robin Roger Ronald Rosa Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sergio
Shannon Sharon Shawn Sheila Shirley Sofia Sophia Stephanie Stephen Steve Steven Susan Tammy Tanya
Teresa Terry Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tony Tracy Travis Tyler Valerie
Vanessa Victor Victoria Vincent Virginia Walter Wanda Wayne Wendy William Yolanda Zachary Zoe
Deshawn Latoya Keisha Tyrone Jamal Nguyen Mei Wei Hiroshi Yuki Fatima Ahmed Olga Dmitri Ingrid
Sven Lars Aiden Jayden Brayden Mackenzie Kaylee Ava Mia Liam Mason Harper Amelia Elliot Tavita
""".split())

# Capitalised words that are never part of a name in these messages.
NOT_A_NAME = frozenset("""
Hi Hello Hey Dear Thanks Thank Regards Best Sincerely Cheers Morning Afternoon Evening Good Team
Policy Policies Group Certificate Employee Employees Insured Member Dependent Spouse Wife Husband
Son Daughter Child Payroll Premium Premiums Bill Billing Invoice Account Portal Accident Critical
Illness Disability Income Hospital Indemnity Term Whole Life Insurance Coverage Benefits Benefit
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
Sunday HR EFT ACH CI DI HI WL ACC Inc LLC Co Corp Company Supply Manufacturing Services Mill
Please Also And Or The A An I We Our My Can Could Would Should Is Are Do Does Did What When Why How
Who Where Which Quick Question Re Fwd FW RE Subject Sent From To Cc Just Hope Per As If Not No Yes
Ok Okay Sure Thx Ty Attached Regarding Update Urgent Help Need Still New Manager Admin Administrator
Director Specialist Coordinator Office Department Dept Benefits Human Resources Resource Accounting
Finance Street St Ave Road Suite
""".split())

# Words that make a capitalised phrase a company: "Prairie Mill Supply", "Cedar Ridge Dental".
ORGANISATION_WORDS = frozenset("""
Supply Mill Inc LLC Co Corp Company Services Manufacturing Logistics Foods Dental Clinic Schools
School Roofing Plumbing Tooling Parts Living Print Group Bank Insurance Hospital Farms Construction
""".split())
