//! The team body: the team's name, the member count, then the members in runs that share a header
//! (a workshop's results usually share the content version, the day and the slot count), each run
//! being its header, its length and its members' answers and labels.

use super::body::{self, Header, Roles};
use super::bytes::Reader;
use super::{label, LinkError, TeamLink, MAX_TEAM_MEMBERS};

pub(super) fn write(out: &mut Vec<u8>, team: &TeamLink, roles: Roles) -> Result<(), LinkError> {
    if team.members.len() > MAX_TEAM_MEMBERS {
        return Err(LinkError::TooManyMembers { found: team.members.len() });
    }
    label::write(out, team.name.as_deref());
    // At most MAX_TEAM_MEMBERS (50), checked above.
    out.push(team.members.len() as u8);
    let mut start = 0;
    while let Some(first) = team.members.get(start) {
        let header = Header::of_assessment(first);
        let run =
            team.members[start..].iter().take_while(|member| Header::of_assessment(member) == header).count();
        header.write(out);
        // A run is part of the members, so at most 50 long.
        out.push(run as u8);
        for member in &team.members[start..start + run] {
            body::write_member(out, header, member, roles);
        }
        start += run;
    }
    Ok(())
}

pub(super) fn read(reader: &mut Reader, roles: Roles) -> Result<TeamLink, LinkError> {
    let name = label::read(reader)?;
    let count = usize::from(reader.byte()?);
    if count > MAX_TEAM_MEMBERS {
        return Err(LinkError::TooManyMembers { found: count });
    }
    let mut members = Vec::with_capacity(count);
    while members.len() < count {
        let header = Header::read(reader)?;
        let run = usize::from(reader.byte()?);
        // An empty run would never end the loop; a long one would overshoot the count.
        if run == 0 || run > count - members.len() {
            return Err(LinkError::MemberCountMismatch);
        }
        for _ in 0..run {
            members.push(body::read_member(reader, header, roles)?);
        }
    }
    Ok(TeamLink { name, members })
}
